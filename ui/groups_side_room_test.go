package ui

import (
	"context"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/washboard/washboard/model"
)

// roomSideGroups are roomSideStore's groups, in the list's order: two to
// go away, then two of the same content.
var roomSideGroups = []string{
	"analytics-batch-export-nightly-consumer-group-payments-archive",
	"billing-ledger-replay-november-run-consumer-group-x",
	"fraud-detection-realtime-scoring-pipeline-consumer-group-long",
	"settlement-reconciliation-service-eu-west-1-primary-consumer",
}

// roomSideStore is ut19a H8's cluster: sideLongTopic with 6 partitions,
// orders with 3, and four groups with 51-62-character names; the last
// two read both topics at the same offsets from the same host (the same
// content), the first two have committed on orders.
func roomSideStore() *model.Store {
	s := model.NewStore(nil, model.DefaultLimits())
	var parts []model.PartitionStat
	var tps []model.TP
	for _, t := range []struct {
		name string
		n    int
	}{{sideLongTopic, 6}, {"orders", 3}} {
		for p := range t.n {
			parts = append(parts, model.PartitionStat{Topic: t.name, Partition: p})
			tps = append(tps, model.TP{Topic: t.name, Partition: p})
		}
	}
	s.Update(func(st *model.State) {
		st.Link = model.Link{State: model.LinkConnected, PollTook: time.Millisecond, PollRequests: 4}
		st.Lag = model.NewLags(model.LagConfig{History: 20, Window: 3, StopAfter: time.Hour})
		for i := range 12 {
			highs, offs := map[model.TP]int64{}, map[model.TP]int64{}
			for j, tp := range tps {
				highs[tp] = int64(400 + 10*i + j)
				offs[tp] = highs[tp] - int64(j%3)*40
			}
			var groups []model.GroupStat
			var committed []model.Committed
			for k, id := range roomSideGroups {
				g := model.GroupStat{ID: id, State: "Empty", Protocol: "consumer"}
				if k >= 2 {
					g = model.GroupStat{ID: id, State: "Stable", Protocol: "consumer", Assignor: "range", Members: 1,
						Detail: []model.MemberStat{{ID: "rdkafka-1", ClientID: "rdkafka", Host: "127.0.0.1:40400", Assigned: tps}}}
				}
				groups = append(groups, g)
				committed = append(committed, model.Committed{Group: id, Offsets: offs})
			}
			st.Lag.Observe(fixedNow.Add(time.Duration(i-11)*time.Second), parts, highs, groups, committed)
			st.Partitions, st.Groups = parts, groups
		}
	})
	return s
}

// Side by side gives its room to what it shows (ut19a H8, ut20 O2, O3):
// two groups of the same content get columns of the same width (H8: 28
// and 29 cells, the same topic cut two ways); a gone group's column keeps
// its message on one line only while no column beside it cuts anything
// (H8: 29 cells each on one line while the live columns cut their
// topics); and while rows stand blank under every column, no name or
// topic is cut in them (O2: three names cut at 80x24 above blank rows;
// O3: a 61-character topic cut in a 61-cell column above ten blank rows).
// At 80x24, 120x40 and 200x50, grid and zoomed.
func TestSideViewGivesItsRoomToWhatItShows(t *testing.T) {
	sideMatrix(t, "groups-side-room-", [][2]int{{80, 24}, {120, 40}, {200, 50}}, func(t *testing.T, name string, bw, bh int, gone, zoom bool) {
		a := New(&Common{Ctx: context.Background(), Store: roomSideStore(), Now: func() time.Time { return fixedNow }, Cluster: Cluster{Name: "x"}})
		a.Update(tea.WindowSizeMsg{Width: bw, Height: bh})
		keys := []string{"5", "g", "space", "space", "space", "space"}
		if !gone { // three marked (O2), the first left out
			keys = []string{"5", "g", "down", "space", "space", "space"}
		}
		if zoom {
			keys = append([]string{"5", "z"}, keys[1:]...)
		}
		press(a, keys...)
		if gone {
			a.c.Store.(*model.Store).Update(func(st *model.State) { st.Groups = st.Groups[2:] })
		}
		press(a, "enter")
		s := screen(a)
		assertFits(t, s, bw, bh)
		golden(t, name, s)
		cols := sideColumns(s)
		n := 3
		if gone {
			n = 4
		}
		if len(cols) != n {
			t.Fatalf("%d columns, want %d:\n%s", len(cols), n, s)
		}
		w := func(i int) int { return len([]rune(cols[i][0])) }
		head := 1 // the name's lines
		for head < len(cols[n-1]) && !strings.HasPrefix(cols[n-1][head], "Stable") {
			head++
		}
		for y := head; y < len(cols[n-1]); y++ { // the last column's width reads on to the box's side: its lines, not its width
			if a, b := strings.TrimRight(cols[n-2][y], " "), strings.TrimRight(cols[n-1][y], " "); a != b {
				t.Errorf("two groups of the same content drawn two ways: %q and %q:\n%s", a, b, s)
				break
			}
		}
		cutAt := -1
		live := 0
		if gone {
			live = 2
		}
		for i := live; i < n; i++ { // the live columns (a gone group's name is cut to its message's width)
			for _, c := range cols[i] {
				if strings.Contains(c, "…") && !strings.Contains(c, "more (↓)") && !strings.Contains(c, "above (↑)") {
					cutAt = i
				}
			}
		}
		if gone && w(0) != w(1) {
			t.Errorf("two gone groups in columns of %d and %d cells:\n%s", w(0), w(1), s)
		}
		if gone && cutAt >= 2 {
			for i := range 2 {
				if w(i) >= len(goneNote) {
					t.Errorf("a gone group keeps %d cells while column %d cuts its text:\n%s", w(i), cutAt, s)
				}
			}
		}
		blank := true
		for i := range cols {
			blank = blank && strings.TrimSpace(cols[i][len(cols[i])-1]) == ""
		}
		// a name cut where the rows blank under every column would hold it
		// wrapped; a topic is cut in every column where one has not the
		// rows to wrap it (ut25a Q10), so a column that could wrap its own
		// leaves rows blank
		free := 0
		for y := len(cols[0]) - 1; y >= 0; y-- {
			empty := true
			for i := range cols {
				empty = empty && strings.TrimSpace(cols[i][y]) == ""
			}
			if !empty {
				break
			}
			free++
		}
		ids := roomSideGroups[1:]
		if gone {
			ids = roomSideGroups
		}
		cutAt, more := -1, 0
		for i := live; i < n; i++ {
			if strings.Contains(cols[i][0], "…") {
				cutAt = i
				more = max(more, len(sideNameLines(ids[i], w(i)))-head)
			}
		}
		if blank && cutAt >= 0 && free >= more {
			t.Errorf("column %d cuts its text while a row stands blank under every column:\n%s", cutAt, s)
		}
	})
}
