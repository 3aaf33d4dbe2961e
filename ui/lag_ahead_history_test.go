package ui

import (
	"strings"
	"testing"
)

// A group committed past its log's end has no lag to draw: its history's
// zeros are gaps, not the `▁` of a caught-up group, in Groups, Partitions
// and side by side, whose lag says `ahead N` as the list does (ut27 T9:
// `ahead 4,000 ERR ▁▁▁▁▁▁▁▁` beside `0 OK ▁▁▁▁▁▁▁▁`).
func TestAheadGroupsDrawNoZeroHistory(t *testing.T) {
	for _, pane := range []struct{ key, title string }{{"4", "─ 4 Partitions"}, {"5", "─ 5 Groups"}} {
		for _, size := range [][2]int{{80, 24}, {200, 50}} {
			a := demoApp(t, filterStore(-4000), size[0], size[1])
			press(a, pane.key, "z")
			a.Update(keyPress("/"))
			typeText(a, "compliance")
			a.Update(keyPress("enter"))
			rows := 0
			for _, l := range paneBox(a, pane.title) {
				if aheadCell.MatchString(l) {
					rows++
					if strings.Contains(l, "▁") {
						t.Errorf("%s %v: an ahead row draws zeros: %q", pane.title, size, l)
					}
				}
			}
			if rows == 0 {
				t.Errorf("%s %v: no ahead row:\n%s", pane.title, size, strings.Join(paneBox(a, pane.title), "\n"))
			}
		}
	}
	a := demoApp(t, filterStore(-4000), 200, 50)
	press(a, "5", "z")
	a.Update(keyPress("/"))
	typeText(a, "compliance")
	a.Update(keyPress("enter"))
	press(a, "space", "enter")
	side := strings.Join(paneBox(a, "─ 5 Groups"), "\n")
	if !strings.Contains(side, "lag ahead 4,000") || strings.Contains(side, "lag ahead 4,000 ERR ▁") {
		t.Errorf("side by side: want `lag ahead 4,000` with no zero history:\n%s", side)
	}
}
