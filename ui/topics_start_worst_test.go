package ui

import (
	"context"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// TestWorstTopicOutcomeShowsInAShortBox pins ut43b-17: in the 80x24
// grid's six-row Topics box a third of the rows (two) could not hold a
// two-line `!! …` and the count under it, so the box said `2 more --topic
// outcomes` with none shown. The worst outcome shows whole, and a count
// says "more" only beside an outcome shown.
func TestWorstTopicOutcomeShowsInAShortBox(t *testing.T) {
	bad := "!! --topic nosuch.topic@-10m: not on the cluster; read from -10m when it appears (washboard never creates topics)"
	ok := "--topic audit@beginning: reading audit into the Log from the beginning"
	for _, size := range [][2]int{{80, 24}, {200, 50}} {
		store := foreignStore(t)
		store.SetStartNotes([]string{ok, bad})
		a := New(&Common{Ctx: context.Background(), Store: store, Now: func() time.Time { return fixedNow }, Cluster: Cluster{Name: "kafka:9092"}})
		a.Update(tea.WindowSizeMsg{Width: size[0], Height: size[1]})
		act(a, "8")
		scr := ansi.Strip(screen(a))
		shown := strings.Contains(scr, "!! --topic nosuch.topic@-10m")
		if !shown {
			t.Errorf("%dx%d: the failed --topic is not on screen:\n%s", size[0], size[1], scr)
		}
		if !shown && !strings.Contains(scr, "audit into the Log") && strings.Contains(scr, "more --topic outcome") {
			t.Errorf("%dx%d: the count says more over no outcome shown:\n%s", size[0], size[1], scr)
		}
	}
}
