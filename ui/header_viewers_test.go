package ui

import (
	"context"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/washboard/washboard/model"
)

// ut19b G17: at 80 columns an SSH viewer's header dropped `cluster`,
// `produced` and the read count to keep `2 viewers`, while the local
// console's header at the same width kept them. The viewer count gives
// way first: at every width a viewer's header says what the local one
// says, and the count only after it.
func TestViewerHeaderSaysWhatTheLocalOneSays(t *testing.T) {
	header := func(cl Cluster, w int) string {
		s := model.NewStore(model.DefaultViews(), model.DefaultLimits())
		s.Update(func(st *model.State) {
			st.Link = model.Link{State: model.LinkConnected, PolledAt: fixedNow}
			st.TopicStats = []model.TopicStat{{Name: "orders", Partitions: 1, Rate: 28.9}}
			st.Aborted = 11_292
		})
		a := New(&Common{Ctx: context.Background(), Store: s, Now: func() time.Time { return fixedNow }, Cluster: cl})
		a.Update(tea.WindowSizeMsg{Width: w, Height: 24})
		return strings.TrimRight(strings.SplitN(screen(a), "\n", 2)[0], " ")
	}
	for _, w := range []int{60, 80, 100, 120, 200} {
		local := header(Cluster{Name: "127.0.0.1:29850"}, w)
		viewer := header(Cluster{Name: "127.0.0.1:29850", Viewers: func() int { return 2 }}, w)
		if viewer != local && viewer != local+" │ 2 viewers" {
			t.Errorf("width %d: the viewer's header says other things than the local one:\nlocal  %q\nviewer %q", w, local, viewer)
		}
		if w >= 100 && !strings.HasSuffix(viewer, "2 viewers") {
			t.Errorf("width %d: the viewer count went with room for it: %q", w, viewer)
		}
	}
}

// The header says the read-only mode in read_only's words, as the picker
// and `washboard clusters` do: `read-only all`, not a bare `read-only`
// beside another session's `read-only admin` (s7-forms' note on J12).
func TestHeaderSaysTheReadOnlyMode(t *testing.T) {
	for mode, want := range map[model.ReadOnly]string{model.ReadOnlyAll: "read-only all", model.ReadOnlyAdmin: "read-only admin"} {
		s := model.NewStore(model.DefaultViews(), model.DefaultLimits())
		a := New(&Common{Ctx: context.Background(), Store: s, Now: func() time.Time { return fixedNow }, Cluster: Cluster{Name: "127.0.0.1:29850", ReadOnly: mode}})
		a.Update(tea.WindowSizeMsg{Width: 200, Height: 24})
		if h := strings.SplitN(screen(a), "\n", 2)[0]; !strings.Contains(h, want) {
			t.Errorf("mode %v: header %q, want %q in it", mode, h, want)
		}
	}
}
