package ui

import (
	"context"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/washboard/washboard/model"
)

// tenMinutesStore is polls polls at 1 s (600: ten minutes) under the
// default [lag] history: group g reads orders/0 and orders/1 at a lag of 10 each, but
// for a spike of 500 on both at the fifth poll.
func tenMinutesStore(polls int) *model.Store {
	s := model.NewStore(nil, model.DefaultLimits())
	tp0, tp1 := model.TP{Topic: "orders", Partition: 0}, model.TP{Topic: "orders", Partition: 1}
	g := []model.GroupStat{{ID: "nightly-export-consumer-group", State: "Stable", Protocol: "consumer", Assignor: "range", Members: 1,
		Detail: []model.MemberStat{{ID: "m", ClientID: "m", Host: "/h", Assigned: []model.TP{tp0, tp1}}}}}
	s.Update(func(st *model.State) {
		st.Link = model.Link{State: model.LinkConnected}
		st.Lag = model.NewLags(model.DefaultLagConfig())
		parts := []model.PartitionStat{{Topic: "orders", Partition: 0, High: 1000}, {Topic: "orders", Partition: 1, High: 1000}}
		start := fixedNow.Add(-time.Duration(polls) * time.Second)
		for i := range polls {
			lag := int64(10)
			if i == 4 {
				lag = 500
			}
			st.Lag.Observe(start.Add(time.Duration(i)*time.Second), parts, map[model.TP]int64{tp0: 1000, tp1: 1000}, g,
				[]model.Committed{{Group: "nightly-export-consumer-group", Offsets: map[model.TP]int64{tp0: 1000 - lag, tp1: 1000 - lag}}})
		}
		st.Partitions, st.Groups = parts, g
	})
	return s
}

// The lag sparkline spans the whole [lag] history over the cells it has,
// in Groups and in Partitions (topic and partition rows), zoomed at
// 200x50: the spike of nine and a half minutes ago is drawn at its start
// and the line takes the free cells (ut22a M11: it showed the newest 40
// polls, the spike gone, beside 41 blank cells), the partitions' rows
// in as many cells as the group's though their history is kept in
// buckets of 8 polls.
func TestLagSparklineSpansTheHistory(t *testing.T) {
	for _, tc := range []struct {
		name, pane string
		polls      int
		rows       int // rows with a sparkline
		cells      int // at least
	}{
		{"groups-history-200x50", "5", 600, 1, 100}, // the word columns keep their cells (ut43a-8)
		// every row as many cells as the groups' (ut22b: partitions' 8-poll
		// buckets drew 75 cells of 8 polls beside 31 free ones)
		{"partitions-history-200x50", "4", 600, 3, 100},
		// washboard a minute and a half old: cells of the whole history's
		// span (6 polls each here), those before the first poll empty, so
		// nothing rescales as the history fills (ut34a-14, ut35-7)
		{"partitions-history-90s-200x50", "4", 90, 3, 15},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := New(&Common{Ctx: context.Background(), Store: tenMinutesStore(tc.polls), Now: func() time.Time { return fixedNow }, Cluster: Cluster{Name: "127.0.0.1:9092"}})
			a.Update(tea.WindowSizeMsg{Width: 200, Height: 50})
			press(a, tc.pane, "z")
			sc := screen(a)
			n := 0
			for _, l := range strings.Split(sc, "\n") {
				f := strings.Fields(strings.Trim(l, "│"))
				if len(f) == 0 || !strings.Contains(l, "nightly-export") {
					continue
				}
				spark := []rune(f[len(f)-1])
				if !strings.ContainsAny(string(spark), "▁▂▃▄▅▆▇█") {
					continue
				}
				n++
				if len(spark) < tc.cells || !strings.ContainsRune(string(spark[:6]), '█') || spark[len(spark)-1] == '█' {
					t.Errorf("the sparkline is %d cells %q, want %d or more from the spike (█) %d polls back to now", len(spark), string(spark), tc.cells, tc.polls)
				}
			}
			if n != tc.rows {
				t.Errorf("%d rows with a sparkline, want %d:\n%s", n, tc.rows, sc)
			}
			golden(t, tc.name, sc)
		})
	}
}
