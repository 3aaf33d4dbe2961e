package ui

import (
	"context"
	"fmt"
	"regexp"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/washboard/washboard/model"
)

// burstStore is ut28a U2's box: a short Empty group, a live group reading
// six partitions of a 62-character topic, caught up or, with burst, 30
// behind on each after a burst (its lines then say how far behind), a
// group whose member reads two partitions of a 65-character topic, and a
// group the test deletes.
func burstStore(burst bool) *model.Store {
	const topic = "ledger-reconciliation-settlement-events-eu-west-primary-ut28a"
	const warehouse = "warehouse-inventory-adjustments-stream-from-regional-sites-ut28a"
	const live = "ledger-settlement-live-consumer-group-for-eu-west-region-ut28a"
	s := model.NewStore(nil, model.DefaultLimits())
	var tps []model.TP
	var parts []model.PartitionStat
	for p := range 6 {
		tps = append(tps, model.TP{Topic: topic, Partition: p})
		parts = append(parts, model.PartitionStat{Topic: topic, Partition: p})
	}
	small := []model.TP{{Topic: "audit", Partition: 0}, {Topic: "audit", Partition: 1}}
	parts = append(parts, model.PartitionStat{Topic: "audit", Partition: 0}, model.PartitionStat{Topic: "audit", Partition: 1},
		model.PartitionStat{Topic: warehouse, Partition: 0}, model.PartitionStat{Topic: warehouse, Partition: 1})
	s.Update(func(st *model.State) {
		st.Link = model.Link{State: model.LinkConnected, PollTook: time.Millisecond, PollRequests: 4}
		st.Lag = model.NewLags(model.LagConfig{History: 20, Window: 3, StopAfter: time.Hour})
		for k := range 12 {
			highs := map[model.TP]int64{small[0]: 0, small[1]: 0}
			offs := map[model.TP]int64{}
			for i, tp := range tps {
				high := int64(1152 + 1000*boolInt(i%3 == 2) + 10*k)
				highs[tp], offs[tp] = high, high
				if burst && k >= 9 {
					offs[tp] = int64(1152 + 1000*boolInt(i%3 == 2) + 10*8)
				}
			}
			ship := []model.TP{{Topic: warehouse, Partition: 0}, {Topic: warehouse, Partition: 1}}
			highs[ship[0]], highs[ship[1]] = 263+int64(k), 527+int64(k)
			groups := []model.GroupStat{
				{ID: "group-00002", State: "Empty", Protocol: "consumer"},
				{ID: live, State: "Stable", Protocol: "consumer", Assignor: "range", Members: 1,
					Detail: []model.MemberStat{{ID: "m1", ClientID: "rdkafka", Host: "127.0.0.1:55190", Assigned: tps}}},
				{ID: "shipment-tracking-consumer-group-that-will-stop-soon-number-14-ut28a", State: "Stable", Protocol: "consumer", Assignor: "range", Members: 1,
					Detail: []model.MemberStat{{ID: "m2", ClientID: "rdkafka", Host: "127.0.0.1:51106", Assigned: ship}}},
				{ID: "warehouse-replay-group-that-will-be-deleted-while-marked-ut28a", State: "Empty", Protocol: "consumer"},
			}
			committed := []model.Committed{{Group: "group-00002", Offsets: map[model.TP]int64{small[0]: 0, small[1]: 0}}, {Group: live, Offsets: offs},
				{Group: groups[2].ID, Offsets: map[model.TP]int64{ship[0]: 232, ship[1]: 467}}}
			st.Lag.Observe(fixedNow.Add(time.Duration(k-11)*2*time.Second), parts, highs, groups, committed)
			st.Partitions, st.Groups = parts, groups
		}
	})
	return s
}

// behindOnLine is a partition line that says how far behind it is:
// `(15s)`, or `15s` in a narrow column (ut31 Y3).
var behindOnLine = regexp.MustCompile(`lag \S+ (\(\S+s\)|\S+s)\s*$`)

// Side by side, a partition's line keeps its place as its lag comes and
// goes: the room for its "(behind)" is in the column's width whether it
// shows or not, so the line neither wraps the "(behind)" under it nor
// moves its indent, and the columns keep their widths (ut28a U2: at 80x24
// `/0 @1,224 lag 0` on one line indented 4 between bursts, `/0 @1,152 lag
// 36` / `(15s)` on two indented 2 in one, two partitions then hidden
// beside a column with blank rows and cells to give).
func TestSideViewPartitionLinesHoldThroughABurst(t *testing.T) {
	for _, sz := range []struct{ w, h int }{{80, 24}, {100, 30}, {200, 50}} {
		t.Run(fmt.Sprintf("%dx%d", sz.w, sz.h), func(t *testing.T) {
			var widths [2][]int
			var starts [2][]int
			for b, burst := range []bool{false, true} {
				store := burstStore(burst)
				a := New(&Common{Ctx: context.Background(), Store: store, Now: func() time.Time { return fixedNow }, Cluster: Cluster{Name: "x"}})
				a.Update(tea.WindowSizeMsg{Width: sz.w, Height: sz.h})
				press(a, "5", "z", "space", "space", "space", "space", "enter")
				store.Update(func(st *model.State) { st.Groups = st.Groups[:3] }) // deleted from another console
				s := screen(a)
				assertFits(t, s, sz.w, sz.h)
				cols := sideColumns(s)
				if len(cols) != 4 || !strings.Contains(s, "(any more)") {
					t.Fatalf("%d columns, want 4, the last gone:\n%s", len(cols), s)
				}
				for _, col := range cols {
					widths[b] = append(widths[b], len([]rune(col[0])))
				}
				tails := 0
				for _, c := range cols[1] {
					if i := strings.Index(c, "/"); i >= 0 && strings.Contains(c, " @") {
						tails++
						starts[b] = append(starts[b], i)
						if burst && !behindOnLine.MatchString(c) {
							t.Errorf("a partition's (behind) is not on its line %q:\n%s", c, s)
						}
					}
					if strings.HasPrefix(strings.TrimSpace(c), "(") {
						t.Errorf("a (behind) on a line of its own %q:\n%s", c, s)
					}
				}
				if tails != 6 {
					t.Errorf("%d partition lines of 6 shown:\n%s", tails, s)
				}
			}
			// at 80x24 the four columns share less than each's least: the
			// live ones trade a cell as the lag line's words change (not
			// the partitions')
			if sz.w > 80 && fmt.Sprint(widths[0]) != fmt.Sprint(widths[1]) {
				t.Errorf("the columns are %v cells caught up, %v in a burst", widths[0], widths[1])
			}
			if fmt.Sprint(starts[0]) != fmt.Sprint(starts[1]) {
				t.Errorf("the partition lines start at %v caught up, %v in a burst", starts[0], starts[1])
			}
		})
	}
}
