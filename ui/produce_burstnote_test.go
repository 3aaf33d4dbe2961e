package ui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
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
		do(a, "ctrl+u", "type:card-holder")
		const want = `burst: "card-holder" is not a count from 1 to 1,000,000`
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

// A value not being edited wraps after a field's comma, never inside a
// number, at every width the grid's and the zoomed box give (ut25a Q11:
// `"score":0.` / `2,"verdict"…` at 200x50 with room to break after `,`).
func TestProduceValueWrapsBetweenFields(t *testing.T) {
	const value = `{"card":"c-2","merchant":"m-00001234","amount":1234.5,"score":0.25,"verdict":"DECLINE","note":null,"region":"eu-west-1","ts":1764480000.125}`
	for _, size := range [][2]int{{80, 24}, {100, 30}, {120, 40}, {160, 40}, {200, 50}} {
		for _, zoom := range []bool{false, true} {
			a, p, _ := produceApp(t, size[0], size[1])
			p.areas[fieldValue].SetValue(value)
			do(a, "7", "enter")
			if zoom {
				do(a, "z")
			}
			for _, l := range strings.Split(ansi.Strip(screen(a)), "\n") {
				l = strings.TrimRight(strings.TrimRight(l, " │"), " ")
				for _, bad := range []string{`0.`, `1234.`, `"m-`, `"eu-`} {
					if strings.HasSuffix(l, bad) {
						t.Errorf("%dx%d zoom %v: the value breaks inside a field: %q", size[0], size[1], zoom, l)
					}
				}
			}
		}
	}
}

// A long text typed into the burst count keeps rate/s on its row, so
// the next field and what is typed there are on screen (ut27 T13: a
// 67-character key pushed rate/s off the row; `5` typed there went unseen).
func TestProduceBurstRowKeepsTheRate(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {200, 50}} {
		for _, zoom := range []bool{false, true} {
			a, p, _ := produceApp(t, size[0], size[1])
			do(a, "7", "enter")
			if zoom {
				do(a, "z")
			}
			do(a, "enter")
			p.active = fieldCount
			p.focusField()
			do(a, "ctrl+u", "type:settlement-batch-9-merchant-0248-reconciliation-key-long-form-ut27", "tab", "type:5")
			s := ansi.Strip(screen(a))
			if !strings.Contains(s, "rate/s") || !strings.Contains(s, p.value(fieldRate)) {
				t.Errorf("%dx%d zoom %v: rate/s %q is not on the burst row:\n%s", size[0], size[1], zoom, p.value(fieldRate), s)
			}
		}
	}
}

// rate/s keeps its cell as the cursor comes to the burst count and goes
// (ut28b V4: `100card-hold   rate/s` focused, `100card-hold  rate/s` not).
func TestProduceBurstRowHoldsAsTheCursorMoves(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {200, 50}} {
		a, p, _ := produceApp(t, size[0], size[1])
		do(a, "7", "enter")
		p.active = fieldCount
		p.focusField()
		do(a, "ctrl+u", "type:100card-hold")
		at := func() int {
			for _, l := range strings.Split(ansi.Strip(screen(a)), "\n") {
				if i := strings.Index(l, "rate/s"); i >= 0 && strings.Contains(l, "100card-hold") {
					return ansi.StringWidth(l[:i])
				}
			}
			return -1
		}
		edited := at()
		do(a, "tab")
		if left := at(); left != edited || edited < 0 {
			t.Errorf("%v: rate/s at cell %d while the count is edited, %d after tab", size, edited, left)
		}
	}
}
