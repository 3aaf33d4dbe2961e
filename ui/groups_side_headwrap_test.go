package ui

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/washboard/washboard/model"
)

// headStore is three Empty groups named by format (batch 10, 13, 16, as
// ut28a's), committed on the three partitions of ut28a's warehouse topic,
// one of them past its high watermark where ahead says so: columns of
// one shape, or of shapes that differ in a partition's lag words.
func headStore(format string, ahead bool) *model.Store {
	const topic = "warehouse-inventory-adjustments-stream-from-regional-sites-ut28a"
	s := model.NewStore(nil, model.DefaultLimits())
	var tps []model.TP
	var parts []model.PartitionStat
	for p := range 3 {
		tps = append(tps, model.TP{Topic: topic, Partition: p})
		parts = append(parts, model.PartitionStat{Topic: topic, Partition: p})
	}
	s.Update(func(st *model.State) {
		st.Link = model.Link{State: model.LinkConnected, PollTook: time.Millisecond, PollRequests: 4}
		st.Lag = model.NewLags(model.LagConfig{History: 20, Window: 3, StopAfter: time.Hour})
		for k := range 12 {
			highs := map[model.TP]int64{tps[0]: 60, tps[1]: 120, tps[2]: 90}
			var groups []model.GroupStat
			var committed []model.Committed
			for i, n := range []int{10, 13, 16} {
				id := fmt.Sprintf(format, n)
				groups = append(groups, model.GroupStat{ID: id, State: "Empty", Protocol: "consumer"})
				offs := map[model.TP]int64{tps[0]: 50, tps[1]: 40 + int64(k), tps[2]: 30}
				if ahead && i > 0 {
					offs[tps[0]] = 65 + 15*int64(i-1)
				}
				committed = append(committed, model.Committed{Group: id, Offsets: offs})
			}
			st.Lag.Observe(fixedNow.Add(time.Duration(k-11)*time.Second), parts, highs, groups, committed)
			st.Partitions, st.Groups = parts, groups
		}
	})
	return s
}

// Side by side, where one column's heading wraps its name, every
// column's name that would be cut wraps too (the heading rows are there
// for all): never two names cut on one line above blank heading lines
// beside a third wrapped (ut28a U1: `regional-d…batch-10-ut28a` at 25
// cells, its name needing four lines broken after its dashes, beside
// the same name at 26 cells wrapped over three), whatever the names'
// length and where they differ, the columns of one shape or not; and a
// box that does not divide evenly keeps its odd cell at its side, so the
// three break their names and topics alike (there: the third at 26 cells
// broke them a line apart from the two at 25).
func TestSideViewHeadingsWrapInEveryColumn(t *testing.T) {
	formats := []string{
		"regional-dispatch-planner-consumer-group-for-eu-west-batch-%d-ut28a",
		"regional-dispatch-planner-consumer-group-for-eu-west-batch-%d-ut26",
		"regional-dispatch-planner-consumer-group-for-eu-west-batch-%d-ut28ab",
		"regional_dispatch_planner.consumer.group-for-eu-west-batch-%d-x1",
		"settlement-%d-ledger-replay-consumer-group-for-merchant-cohort-ut28a",
	}
	for _, sz := range []struct{ w, h int }{{80, 24}, {100, 30}} {
		for _, format := range formats {
			for _, ahead := range []bool{false, true} {
				t.Run(fmt.Sprintf("%dx%d-%s-%v", sz.w, sz.h, format, ahead), func(t *testing.T) {
					a := New(&Common{Ctx: context.Background(), Store: headStore(format, ahead), Now: func() time.Time { return fixedNow }, Cluster: Cluster{Name: "x"}})
					a.Update(tea.WindowSizeMsg{Width: sz.w, Height: sz.h})
					press(a, "5", "z", "space", "space", "space", "enter")
					s := screen(a)
					assertFits(t, s, sz.w, sz.h)
					cols := sideColumns(s)
					if len(cols) != 3 {
						t.Fatalf("%d columns, want 3:\n%s", len(cols), s)
					}
					head := 0 // the heading's lines: those above the state line
					for _, col := range cols {
						for y, c := range col {
							if strings.HasPrefix(c, "Empty") {
								head = max(head, y)
								break
							}
						}
					}
					first := -1 // the columns' partitions start on one line: names and topics broken alike
					for i, col := range cols {
						for y, c := range col {
							if strings.Contains(c, "/0 @") {
								if first >= 0 && y != first {
									t.Errorf("column %d's partitions start on line %d, column 0's on %d:\n%s", i, y, first, s)
								}
								first = y
								break
							}
						}
					}
					if head <= 1 {
						return
					}
					for i, col := range cols {
						for y := range head {
							if strings.Contains(col[y], "…") {
								t.Errorf("column %d's name is cut (%q) in a heading of %d lines:\n%s", i, col[y], head, s)
							}
						}
					}
				})
			}
		}
	}
}
