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
	s := model.NewStore(nil, model.DefaultLimits())
	tp := model.TP{Topic: "orders", Partition: 0}
	s.Update(func(st *model.State) {
		st.Link = model.Link{State: model.LinkConnected}
		st.Lag = model.NewLags(model.LagConfig{History: 20, Window: 3, StopAfter: time.Hour})
		parts := []model.PartitionStat{{Topic: "orders", Partition: 0, High: 100}}
		var g []model.GroupStat
		var committed []model.Committed
		for _, id := range []string{"analytics-batch-export-nightly-consumer-group-x", "billing-replay-never-committed-group", "fraud-detection-group"} {
			g = append(g, model.GroupStat{ID: id, State: "Empty", Protocol: "consumer"})
			committed = append(committed, model.Committed{Group: id, Offsets: map[model.TP]int64{}})
		}
		for i := range 2 {
			st.Lag.Observe(fixedNow.Add(time.Duration(i)*time.Second), parts, map[model.TP]int64{tp: 100}, g, committed)
		}
		st.Partitions, st.Groups = parts, g
	})
	for _, keys := range [][]string{{"5"}, {"5", "z"}} {
		a := New(&Common{Ctx: context.Background(), Store: s, Now: func() time.Time { return fixedNow }, Cluster: Cluster{Name: "127.0.0.1:9092", Embedded: true}})
		a.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
		press(a, keys...)
		h := ""
		for _, l := range strings.Split(screen(a), "\n") {
			if i := strings.LastIndex(l, "│group "); i >= 0 {
				h = l[i:]
			}
		}
		if !strings.Contains(h, "lag") || !strings.Contains(h, "health") {
			t.Errorf("%v: lag or health dropped: %q\n%s", keys, h, screen(a))
		}
	}
}
