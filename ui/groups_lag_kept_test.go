package ui

import (
	"context"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/washboard/washboard/model"
)

// ut20 O4: once no group had committed anything, every lag and health
// read "-" and the 80x24 Groups list dropped both columns as blank, while
// gen stayed: lag and health are what the list is for and never go (the
// README's rule); a "-" there says "nothing committed".
func TestGroupsKeepLagAndHealthWhenNothingIsCommitted(t *testing.T) {
	var g []model.GroupStat
	var committed []model.Committed
	for _, id := range []string{"analytics-batch-export-nightly-consumer-group-x", "billing-replay-never-committed-group", "fraud-detection-group"} {
		g = append(g, model.GroupStat{ID: id, State: "Empty", Protocol: "consumer"})
		committed = append(committed, model.Committed{Group: id, Offsets: map[model.TP]int64{}})
	}
	s := groupLagStore(g, committed)
	for _, keys := range [][]string{{"5"}, {"5", "z"}} {
		a := New(&Common{Ctx: context.Background(), Store: s, Now: func() time.Time { return fixedNow }, Cluster: Cluster{Name: "127.0.0.1:9092", Embedded: true}})
		a.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
		press(a, keys...)
		h := ""
		for _, l := range strings.Split(screen(a), "\n") {
			if i := strings.LastIndex(l, "│  group "); i >= 0 {
				h = l[i:]
			}
		}
		if !strings.Contains(h, "lag") || !strings.Contains(h, "health") {
			t.Errorf("%v: lag or health dropped: %q\n%s", keys, h, screen(a))
		}
	}
}
