package ui

import (
	"strings"
	"testing"
)

// ut42a-4: after `/LoggedIn enter` in zoomed Students, `z` back to the
// 80x24 grid drew its border `─ 3 Students ───────── 1-1/16 ╮`: the
// filter was dropped for the position while 9 dashes stood free, and
// `16` read as every student. README: a filter is clipped but never
// dropped on narrow panes.
func TestStatusGridBorderKeepsTheFilter(t *testing.T) {
	a := historyApp(t, 80, 24, 8)
	press(a, "3", "z", "/")
	for _, r := range "Logged" {
		press(a, string(r))
	}
	press(a, "enter", "z")
	got := screen(a)
	for _, l := range strings.Split(got, "\n") {
		if strings.Contains(l, "3 Students") {
			if !strings.Contains(l, "/L") {
				t.Errorf("the grid's border drops the filter:\n%s", got)
			}
			return
		}
	}
	t.Fatalf("no Students box:\n%s", got)
}
