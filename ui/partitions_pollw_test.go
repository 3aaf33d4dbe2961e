package ui

import (
	"context"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/washboard/washboard/model"
)

// ut36b-20: the Partitions border said `poll ≤5ms · 14 req`, then `poll
// ≤50ms · 15 req`, so its count and dashes shifted a cell every poll. The
// figures are padded to the widest said this session, before them at the
// status's start, which the box draws as border: not between `≤` and the
// bound (ut42b-23: `poll ≤  5ms`), nor after a part (ut43a-6: `·   poll`).
func TestPartitionsPollFiguresHoldTheirWidth(t *testing.T) {
	store := lagStore(t)
	now := fixedNow
	a := New(&Common{Ctx: context.Background(), Store: store, Now: func() time.Time { return now }, Cluster: Cluster{Name: "x"}})
	a.Update(tea.WindowSizeMsg{Width: 130, Height: 24})
	press(a, "4", "z")
	p := a.panes[panePartitions].(*PartitionsPane)
	width := -1
	for i, poll := range []struct {
		took time.Duration
		reqs int
	}{{40 * time.Millisecond, 15}, {3 * time.Millisecond, 9}, {40 * time.Millisecond, 150}, {2 * time.Millisecond, 4}, {9 * time.Millisecond, 14},
		{3 * time.Millisecond, 9}, {3 * time.Millisecond, 9}} {
		if i >= 5 { // quiet polls long after: the bound falls to `≤5ms` in the cells `≤50ms` held
			now = now.Add(10 * time.Minute)
		}
		store.Update(func(st *model.State) { st.Link.PollTook, st.Link.PollRequests = poll.took, poll.reqs })
		a.Update(changedMsg{version: store.Version()})
		a.View()
		s := p.Status()
		if strings.Contains(s, "≤ ") || strings.Contains(strings.TrimLeft(s, " "), "  ") {
			t.Errorf("poll %d: border %q pads inside its text (ut42b-23, ut43a-6 `·   poll`)", i, s)
		}
		if i >= 2 && width >= 0 && ansi.StringWidth(s) != width {
			t.Fatalf("poll %d (%v, %d requests): border %q is %d cells, was %d", i, poll.took, poll.reqs, s, ansi.StringWidth(s), width)
		}
		if i >= 2 {
			width = ansi.StringWidth(s)
		}
	}
}
