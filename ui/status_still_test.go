package ui

import (
	"fmt"
	"strings"
	"testing"
)

// statusHeadRow is the key list's heading row in the box titled title,
// its sort mark blanked and its end trimmed: where the columns are.
func statusHeadRow(t *testing.T, got, title string) string {
	t.Helper()
	for _, r := range boxRows(t, got, title) {
		if strings.Contains(r, "since") && strings.Contains(r, "seen") {
			return strings.TrimRight(strings.ReplaceAll(r, "▼", " "), " ")
		}
	}
	t.Fatalf("no %s list heading in\n%s", title, got)
	return ""
}

// ut43a-3: in the 80x24 grid's Riders, `s` moved `since` and `seen` a
// cell (the marked layout did not fit, so only the sorted heading had
// its cell), and a filter sized the columns to the rows it left. The
// columns are the data's and the box's: every sort, the filter being
// typed and a filter kept leave every heading where it was, in the grid
// and zoomed, in Riders and Students.
func TestStatusColumnsStillUnderSortAndFilter(t *testing.T) {
	for _, size := range viewSizes {
		for _, pane := range []struct{ key, title, filter string }{
			{"2", "─ 2 Ri", "asha"},
			{"3", "─ 3 Stu", "s-1"},
		} {
			for _, zoom := range []bool{false, true} {
				name := fmt.Sprintf("%dx%d %s zoom %v", size[0], size[1], pane.title, zoom)
				now := fixedNow
				a, _ := demoLikeApp(t, size[0], size[1], &now, true)
				press(a, pane.key)
				if zoom {
					press(a, "z")
				}
				first := statusHeadRow(t, screen(a), pane.title)
				for i := range 4 {
					press(a, "s")
					if got := statusHeadRow(t, screen(a), pane.title); got != first {
						t.Errorf("%s: sort %d moved the columns:\n%q\n%q", name, i+1, first, got)
					}
				}
				press(a, "/")
				for _, r := range pane.filter {
					press(a, string(r))
					if got := statusHeadRow(t, screen(a), pane.title); got != first {
						t.Errorf("%s: typing the filter moved the columns:\n%q\n%q", name, first, got)
					}
				}
				press(a, "enter")
				if got := statusHeadRow(t, screen(a), pane.title); got != first {
					t.Errorf("%s: the filter kept moved the columns:\n%q\n%q", name, first, got)
				}
			}
		}
	}
}

// The views grid at 80x24 and 200x50 sorted and filtered, as the testers
// drove it (ut43a-3, ut43a-4, ut43a-21, ut43a-23): golden screens.
func TestGoldenViewsSortedAndFiltered(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {200, 50}} {
		for _, tt := range []struct {
			name string
			keys []string
		}{
			{"2s", []string{"2", "s"}},
			{"2filter", []string{"2", "/", "a", "enter"}},
			{"3filter", []string{"3", "/", "L", "o", "g", "g", "enter"}},
		} {
			name := fmt.Sprintf("views-%dx%d-%s", size[0], size[1], tt.name)
			t.Run(name, func(t *testing.T) {
				now := fixedNow
				a, _ := demoLikeApp(t, size[0], size[1], &now, true)
				press(a, tt.keys...)
				golden(t, name, screen(a))
			})
		}
	}
}
