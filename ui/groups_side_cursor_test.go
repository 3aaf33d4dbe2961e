package ui

import (
	"context"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// Side by side, o, D and O act on the cursor column, moved with ←/→, its
// heading drawn as the cursor; the footer names the keys (a user test,
// ut25a Q11: they acted on the first marked column, nothing saying so).
func TestSideViewKeysActOnTheCursorColumn(t *testing.T) {
	long := "a-very-long-consumer-group-name-for-inventory"
	order := []string{long, "g1", "live-orders-consumer"} // the side view's, natural order
	for _, tc := range []struct {
		keys []string
		want int
	}{
		{nil, 0},
		{[]string{"right"}, 1},
		{[]string{"right", "right"}, 2},
		{[]string{"right", "right", "right"}, 2}, // stops at the end
		{[]string{"right", "right", "left"}, 1},
		{[]string{"left"}, 0},
	} {
		t.Run(strings.Join(tc.keys, "-"), func(t *testing.T) {
			store := sideStore()
			c := &Common{Ctx: context.Background(), Store: store, Events: store, Now: func() time.Time { return fixedNow },
				Cluster: Cluster{Name: "x"}, Admin: &recordingAdmin{}, User: "asha"}
			a := New(c)
			a.Update(tea.WindowSizeMsg{Width: 200, Height: 50})
			act(a, "5", "z", "space", "space", "space", "enter")
			act(a, tc.keys...)
			raw := a.View().Content
			for i, id := range order {
				head := id
				if i == 0 {
					head = "a-very-long"
				}
				marked := strings.Contains(raw, "\x1b[7m"+head) || strings.Contains(raw, "\x1b[7;") && cursorHead(raw, head)
				if marked != (i == tc.want) {
					t.Errorf("column %d (%s): drawn as the cursor %v, want the cursor on %d:\n%s", i, id, marked, tc.want, screen(a))
				}
			}
			if s := screen(a); !strings.Contains(s, "pick group") {
				t.Errorf("the footer does not name ←/→:\n%s", s)
			}
			for _, k := range []struct{ key, title string }{{"o", "reset offsets of "}, {"D", "delete group "}} {
				act(a, k.key)
				s := screen(a)
				if !strings.Contains(s, order[tc.want]) || !strings.Contains(s, k.title) {
					t.Errorf("%s does not act on %s:\n%s", k.key, order[tc.want], s)
				}
				act(a, "esc")
			}
		})
	}
}

// cursorHead says a line of raw starts head in reverse video.
func cursorHead(raw, head string) bool {
	for _, l := range strings.Split(raw, "\n") {
		if i := strings.Index(ansi.Strip(l), head); i >= 0 && strings.Contains(l, "\x1b[7") {
			// the reverse starts right before the head's cells
			at := strings.Index(l, head)
			pre := l[:at]
			if j := strings.LastIndex(pre, "\x1b["); j >= 0 && strings.Contains(pre[j:], "7") {
				return true
			}
		}
	}
	return false
}

// A side-by-side view opened in a grid box it fits (200x50) and the
// terminal then made small (80x24) takes the screen, as one opened there
// does, rather than be drawn in the small box (s9-side's note).
func TestSideViewTakesTheScreenWhenTheBoxShrinks(t *testing.T) {
	a := New(&Common{Ctx: context.Background(), Store: sideStore(), Now: func() time.Time { return fixedNow }, Cluster: Cluster{Name: "x"}})
	a.Update(tea.WindowSizeMsg{Width: 200, Height: 50})
	press(a, "5", "space", "enter")
	s := screen(a)
	if !strings.Contains(s, "1 Machines") && !strings.Contains(s, "4 Partitions") {
		t.Fatalf("at 200x50 the side view fits the grid box: the grid should show:\n%s", s)
	}
	a.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	s = screen(a)
	assertFits(t, s, 80, 24)
	if strings.Contains(s, "4 Partitions") || !strings.Contains(s, "rebalance log") {
		t.Errorf("at 80x24 the side view stays in the grid box:\n%s", s)
	}
	// the same with another pane focused: the box gives the list back, its border saying how to get the view
	a = New(&Common{Ctx: context.Background(), Store: sideStore(), Now: func() time.Time { return fixedNow }, Cluster: Cluster{Name: "x"}})
	a.Update(tea.WindowSizeMsg{Width: 200, Height: 50})
	press(a, "5", "space", "enter", "4")
	a.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	if s = screen(a); !strings.Contains(s, "5: side") {
		t.Errorf("at 80x24, Partitions focused, the Groups box does not offer the side view back:\n%s", s)
	}
}
