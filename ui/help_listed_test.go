package ui

import (
	"strings"
	"testing"

	"github.com/washboard/washboard/model"
)

// On a cluster without the views' topics, with a view opened in pane 1,
// help goes only to the panes its list names: 2 does not show the demo's
// Riders keys (`s sort: name, location, …`), tab skips panes 2 and 3, and
// the footer says `1 4-8`, not `1-8` (ut40b-23).
func TestHelpGoesOnlyToListedPanes(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {200, 50}} {
		a := helpApp(t, "foreign", 8, size[0], size[1])
		press(a, "esc")
		tv, err := model.ParseViewSpec("fleet", "series key=id fields=speed")
		if err != nil {
			t.Fatal(err)
		}
		tv.Title = "fleet"
		a.Update(openViewMsg{view: tv})
		a.Update(changedMsg{version: a.c.Store.Version()})
		a.View()
		press(a, "8", "?", "2")
		if a.focus != paneTopics {
			t.Errorf("%dx%d: 2 in help focused pane %d, not in help's list:\n%s", size[0], size[1], a.focus+1, screen(a))
		}
		press(a, "1", "tab")
		if a.focus != panePartitions {
			t.Errorf("%dx%d: tab from pane 1 in help went to pane %d:\n%s", size[0], size[1], a.focus+1, screen(a))
		}
		lines := strings.Split(screen(a), "\n")
		if foot := lines[len(lines)-1]; !strings.Contains(foot, "1 4-8 a pane's keys") {
			t.Errorf("%dx%d: footer %q does not say the listed panes", size[0], size[1], foot)
		}
	}
}
