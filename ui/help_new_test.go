package ui

import (
	"strings"
	"testing"
)

// Help says NEW as what the panes show with it: not only the first polls
// but a group with a partition not committed, its lag a floor (`N+`),
// which reads NEW long after them (ut37-9: `NEW first 30 polls` beside a
// group side by side at `lag 160+ NEW (5 partitions not committed)`), in
// the short notes (80x24, whole on the screen) and the full ones.
func TestHelpSaysNewIsALagFloorToo(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {200, 50}} {
		for _, pane := range []string{"4", "5"} {
			a := lagApp(t, size[0], size[1], Cluster{Name: "x"}, nil)
			press(a, pane, "?")
			s := screen(a)
			var line string
			for _, l := range strings.Split(s, "\n") {
				if i := strings.Index(l, "NEW "); i >= 0 {
					line = strings.Join(strings.Fields(strings.Trim(l[i:], "│ ")), " ")
				}
			}
			if !strings.Contains(line, "N+") || !strings.Contains(line, " polls") {
				t.Errorf("%dx%d pane %s: help says NEW as %q, want its first polls and a lag floor N+:\n%s", size[0], size[1], pane, line, s)
			}
			if strings.Contains(s, "↓") && strings.Contains(s, "more") {
				t.Errorf("%dx%d pane %s: help scrolls:\n%s", size[0], size[1], pane, s)
			}
		}
	}
}
