package ui

import (
	"context"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// A --topic that failed is read first, or counted as such: the grid's
// box gives the outcomes a third of its rows, and a `!! … not on the
// cluster` is not hidden behind a bare count (ut30 X10: at 80x24 the
// grid said only `3 more --topic outcomes (z shows them)`, the first of
// them a `!!`).
func TestFailedTopicOutcomesComeFirst(t *testing.T) {
	bad := "!! --topic nonexistent-topic-for-testing-the-console-ut30-long-name@-10m: not on the cluster; read from -10m when it appears (washboard never creates topics)"
	idle := "--topic idle-archive-topic-for-quarterly-finance-reports-2026-q4@beginning: reading idle-archive-topic-for-quarterly-finance-reports-2026-q4 from the beginning into the Log"
	orders := "--topic orders@5: reading orders from offset 5 into the Log"
	for _, notes := range [][]string{{bad, idle, orders}, {orders, idle, bad}} {
		for _, size := range [][2]int{{80, 24}, {120, 30}, {200, 50}} {
			store := foreignStore(t)
			store.SetStartNotes(notes)
			a := New(&Common{Ctx: context.Background(), Store: store, Now: func() time.Time { return fixedNow }, Cluster: Cluster{Name: "kafka:9092"}})
			a.Update(tea.WindowSizeMsg{Width: size[0], Height: size[1]})
			act(a, "8")
			scr := ansi.Strip(screen(a))
			badAt, okAt, counted := -1, -1, ""
			for i, l := range strings.Split(scr, "\n") {
				switch {
				case strings.Contains(l, "!! --topic nonexistent"):
					badAt = i
				case strings.Contains(l, "--topic orders@5") || strings.Contains(l, "--topic idle-archive"):
					if okAt < 0 {
						okAt = i
					}
				case strings.Contains(l, "--topic outcome"): // "N more" beside one shown, "N" over none (ut43b-17)
					counted = l
				}
			}
			switch {
			case badAt < 0 && !strings.Contains(counted, "1 not read"):
				t.Errorf("%dx%d: the failed --topic is neither on screen nor counted as not read (%q):\n%s", size[0], size[1], counted, scr)
			case badAt >= 0 && okAt >= 0 && okAt < badAt:
				t.Errorf("%dx%d: a --topic that was read is said before the one that failed:\n%s", size[0], size[1], scr)
			}
		}
	}
}
