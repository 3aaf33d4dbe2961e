package ui

import (
	"strings"
	"testing"
)

// Letters typed into a burst field are said at once, in the grid and
// zoomed, and once after ctrl+b refuses them (ut25a Q11: `burst
// card-holder-0004` took no word until a burst was asked for).
func TestProduceSaysABadBurstFieldAtOnce(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {200, 50}} {
		a, p, _ := produceApp(t, size[0], size[1])
		do(a, "7", "enter")
		p.active = fieldCount
		p.focusField()
		do(a, "ctrl+u", "type:card-holder-0004")
		const want = `burst: "card-holder-0004" is not a count from 1 to 1,000,000`
		flat := strings.ReplaceAll(produceText80(screen(a)), " ", "")
		if !strings.Contains(flat, strings.ReplaceAll(want, " ", "")) {
			t.Errorf("%dx%d: the form does not say %q:\n%s", size[0], size[1], want, screen(a))
		}
		do(a, "ctrl+b")
		if n := strings.Count(strings.ReplaceAll(produceText80(screen(a)), " ", ""), "isnotacount"); n != 1 {
			t.Errorf("%dx%d: after ctrl+b the mistake is said %d times, want once:\n%s", size[0], size[1], n, screen(a))
		}
		do(a, "ctrl+u", "type:50")
		if s := screen(a); strings.Contains(s, "is not a count") && !strings.Contains(p.report, "is not a count") {
			t.Errorf("%dx%d: the warning stays after the count is fixed:\n%s", size[0], size[1], s)
		}
	}
}
