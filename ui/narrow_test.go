package ui

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
)

// At 80x24, zoomed, the tables keep their columns: names are cut in the
// middle before a column is dropped, and numbers take what they need.
func TestZoomedTablesKeepColumnsAt80x24(t *testing.T) {
	tests := []struct {
		keys []string
		want []string
	}{
		// the long headings where the room holds them (ut16a D10); the
		// leader, 0 on every partition, tells no row apart and goes first
		{[]string{"4", "z"}, []string{"low", "high", "committed", "lag", "health", "lag history"}},
		{[]string{"5", "z"}, []string{"assign", "gen", "members", "lag", "health", "lag history"}},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.keys, " "), func(t *testing.T) {
			a := lagApp(t, 80, 24, Cluster{Name: "127.0.0.1:9092"}, nil)
			press(a, tt.keys...)
			s := screen(a)
			for _, w := range tt.want {
				if !strings.Contains(s, w) {
					t.Errorf("no %q column at 80x24:\n%s", w, s)
				}
			}
		})
	}
}

// Every pane at 80x24, focused in the grid and zoomed: golden screens, so
// a change that loses a column or a line at the smallest common terminal
// shows in review.
func TestGoldenEveryPaneAt80x24(t *testing.T) {
	for pane := range paneCount {
		for _, zoom := range []bool{false, true} {
			name := fmt.Sprintf("pane%d-80x24", pane+1)
			if zoom {
				name += "-zoom"
			}
			t.Run(name, func(t *testing.T) {
				c := &Common{Ctx: context.Background(), Store: mergedStore(t), Now: func() time.Time { return fixedNow },
					Cluster: Cluster{Name: "127.0.0.1:9092", Embedded: true}}
				a := New(c)
				a.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
				a.Update(keyPress(string(rune('1' + pane))))
				if a.panes[a.focus].Capturing() {
					a.Update(keyPress("esc"))
				}
				if zoom {
					a.Update(keyPress("z"))
				}
				s := screen(a)
				assertFits(t, s, 80, 24)
				golden(t, name, s)
			})
		}
	}
}
