package ui

import (
	"strings"
	"testing"
)

// The `?` help says STALL? in a sentence that parses, at 80x24 and
// 200x50 alike: `STALL? still before washboard started <5m ago` read as
// a garble (ut39-15); since ut40b-14 it also says the record's age.
func TestHelpStallSoFarReads(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {200, 50}} {
		a := realApp(t, demoPairStore(3), size[0], size[1])
		press(a, "5", "?")
		got := strings.Join(strings.Fields(strings.NewReplacer("│", " ").Replace(screen(a))), " ")
		if !strings.Contains(got, "STALL? ") || !strings.Contains(got, "STALL? still since washboard started (<1h), its record older than 1h") && !strings.Contains(got, "STALL? offset still since before washboard started (under 1h ago)") {
			t.Errorf("%dx%d: STALL? not said as `still since washboard started (<1h), its record older than 1h` (the store stops after 1h):\n%s", size[0], size[1], screen(a))
		}
	}
}
