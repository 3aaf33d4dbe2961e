package ui

import (
	"context"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/washboard/washboard/model"
)

// ut42b-1: on a cluster without a view the 80x24 header said `wb │
// 127.0.0.1:31950 │ ● connected │ 6.3/s produced 615 read` with 23 cells
// blank: the name was chosen by width alone. The name is whole where the
// line holds it with every part's room, and through a demo session's
// alerts coming and going it is cut only where the line cannot hold it
// beside the alerts said now (ut43a-1: it had stayed `wb` beside the
// room held for alerts not said).
func TestHeaderNameWholeWhereTheLineHoldsIt(t *testing.T) {
	s := model.NewStore(nil, model.DefaultLimits())
	s.Update(func(st *model.State) {
		st.Link = model.Link{State: model.LinkConnected, PolledAt: fixedNow}
		st.TopicStats = []model.TopicStat{{Name: "orders", Partitions: 6, Rate: 6.3}}
		st.Aborted = 615
	})
	a := New(&Common{Ctx: context.Background(), Store: s, Now: func() time.Time { return fixedNow }, Cluster: Cluster{Name: "127.0.0.1:31950"}})
	a.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	if h := strings.SplitN(screen(a), "\n", 2)[0]; !strings.HasPrefix(h, "washboard │ 127.0.0.1:31950 │ ● connected │ 6.3/s produced 615 read") {
		t.Errorf("header %q: want the name whole beside the whole line", h)
	}
	for _, w := range []int{60, 80, 100, 119} {
		for i, h := range liveHeaders(t, w, 24) {
			// cut only where the line cannot hold it beside the alerts said
			// now (ut43a-1: not beside their held room)
			if strings.HasPrefix(h, "wb ") && heldBlank(h, w) >= len("washboard")-len("wb") {
				t.Errorf("%d columns, poll %d: `wb` beside %d blank cells: %q", w, i, heldBlank(h, w), h)
			}
		}
	}
}
