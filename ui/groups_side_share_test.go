package ui

import (
	"context"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/washboard/washboard/model"
)

// shareTopic is ut22b's 59-character topic.
const shareTopic = "payments-settlement-reconciliation-events-primary-region-v3"

// shareStopped is ut22b's 67-character stopped group.
const shareStopped = "warehouse-inventory-projection-builder-consumer-group-stopped-batch"

// shareStore is ut22b's cluster (N10, N17): three Empty groups on
// shareTopic (two alike), a stopped group with a 67-character name, and
// the demo's live group whose member has a 19-character client id.
func shareStore() *model.Store {
	s := model.NewStore(nil, model.DefaultLimits())
	var parts []model.PartitionStat
	var tps []model.TP
	for p := range 3 {
		parts = append(parts, model.PartitionStat{Topic: shareTopic, Partition: p})
		tps = append(tps, model.TP{Topic: shareTopic, Partition: p})
	}
	s.Update(func(st *model.State) {
		st.Link = model.Link{State: model.LinkConnected, PollTook: time.Millisecond, PollRequests: 4}
		st.Lag = model.NewLags(model.LagConfig{History: 30, Window: 3, StopAfter: time.Hour})
		for i := range 12 {
			highs := map[model.TP]int64{}
			for j, tp := range tps {
				highs[tp] = int64(9000 + 100*i + j)
			}
			groups := []model.GroupStat{
				{ID: "group-00002", State: "Empty", Protocol: "consumer"},
				{ID: "group-00004", State: "Empty", Protocol: "consumer"},
				{ID: "group-00006", State: "Empty", Protocol: "consumer"},
				{ID: shareStopped, State: "Empty", Protocol: "consumer"},
				{ID: "washboard-demo-1", State: "Stable", Protocol: "consumer", Assignor: "range", Members: 1,
					Detail: []model.MemberStat{{ID: "washboard-demo-1-m1-x", ClientID: "washboard-demo-1-m1", Host: "127.0.0.1:48710", Assigned: tps}}},
			}
			empty, other, stopped, live := map[model.TP]int64{}, map[model.TP]int64{}, map[model.TP]int64{}, map[model.TP]int64{}
			for j, tp := range tps {
				empty[tp] = int64(j * 3240)
				other[tp] = highs[tp] - int64(j*7)
				if j > 0 {
					stopped[tp] = int64(j * 3240)
					live[tp] = highs[tp] - int64(300+j)
				}
			}
			committed := []model.Committed{{Group: "group-00002", Offsets: empty}, {Group: "group-00004", Offsets: other},
				{Group: "group-00006", Offsets: empty}, {Group: shareStopped, Offsets: stopped}, {Group: "washboard-demo-1", Offsets: live}}
			st.Lag.Observe(fixedNow.Add(time.Duration(i-11)*time.Second), parts, highs, groups, committed)
			st.Partitions, st.Groups = parts, groups
		}
	})
	return s
}

// sideCutBeside is the first cut in a column (a line holding an
// ellipsis: a name, a client id or a topic cut) beside a column with a
// blank cell at the end of every line, as "column i cut: line; column k
// blank", or "" when there is none.
func sideCutBeside(cols [][]string) string {
	blank := -1
	for k, col := range cols {
		least := len([]rune(col[0]))
		for _, c := range col {
			if strings.TrimSpace(c) != "" {
				least = min(least, len([]rune(c))-len([]rune(strings.TrimRight(c, " "))))
			}
		}
		if least > 0 {
			blank = k
			break
		}
	}
	if blank < 0 {
		return ""
	}
	for i, col := range cols {
		for _, c := range col {
			if strings.Contains(c, "…") && !strings.Contains(c, "more (↓)") && !strings.Contains(c, "above (↑)") {
				return "column " + itoa(i) + " cut: " + strings.TrimSpace(c) + "; column " + itoa(blank) + " has a blank cell on every line"
			}
		}
	}
	return ""
}

// Side by side, widths are shared by need (a user test, ut22b N10, N17):
// no column cuts a name, a client id or a topic while another has blank
// cells on every line. N10: the stopped group's 67-character name took
// 67 cells, 30 blank on most lines, while the demo group's member read
// `was…1-m1`; N17: after the stopped group was gone from the cluster its
// column was 16 cells, `warehou…ed-batch`, beside columns 15-25 cells
// blank; at 200x50 it has the cells for its note on one line.
func TestSideViewWidthsSharedByNeed(t *testing.T) {
	sideMatrix(t, "groups-side-share-", [][2]int{{200, 50}, {120, 40}, {160, 45}}, func(t *testing.T, name string, bw, bh int, gone, zoom bool) {
		a := New(&Common{Ctx: context.Background(), Store: shareStore(), Now: func() time.Time { return fixedNow }, Cluster: Cluster{Name: "x"}})
		a.Update(tea.WindowSizeMsg{Width: bw, Height: bh})
		keys := []string{"5", "g", "space", "space", "space", "space", "space"}
		if zoom {
			keys = append([]string{"5", "z"}, keys[1:]...)
		}
		press(a, keys...)
		if gone {
			a.c.Store.(*model.Store).Update(func(st *model.State) {
				st.Groups = append(st.Groups[:3:3], st.Groups[4])
			})
		}
		press(a, "enter")
		s := screen(a)
		assertFits(t, s, bw, bh)
		cols := sideColumns(s)
		if len(cols) != 5 {
			t.Fatalf("%d columns, want 5:\n%s", len(cols), s)
		}
		if bad := sideCutBeside(cols); bad != "" {
			t.Errorf("%s\n%s", bad, s)
		}
		if !strings.Contains(s, "washboard-demo-1-m1") {
			t.Errorf("the demo group's member is not whole:\n%s", s)
		}
		if gone && bw == 200 && !strings.Contains(strings.Join(cols[3], ""), "not on the cluster (any more)") {
			t.Errorf("the gone group's note is not on one line:\n%s", s)
		}
		if w0, w2 := len([]rune(cols[0][0])), len([]rune(cols[2][0])); w0 != w2 {
			t.Errorf("group-00002 and group-00006 read alike but are %d and %d cells:\n%s", w0, w2, s)
		}
		golden(t, name, s)
	})
}

// sideMatrix runs fn as a subtest at each size (bw x bh), with and
// without a group gone from the cluster, in the grid and zoomed, named
// prefix-WxH[-gone][-zoomed] (the goldens' names).
func sideMatrix(t *testing.T, prefix string, sizes [][2]int, fn func(t *testing.T, name string, bw, bh int, gone, zoom bool)) {
	for _, gone := range []bool{false, true} {
		for _, sz := range sizes {
			for _, zoom := range []bool{false, true} {
				name := prefix + itoa(sz[0]) + "x" + itoa(sz[1])
				if gone {
					name += "-gone"
				}
				if zoom {
					name += "-zoomed"
				}
				t.Run(name, func(t *testing.T) { fn(t, name, sz[0], sz[1], gone, zoom) })
			}
		}
	}
}
