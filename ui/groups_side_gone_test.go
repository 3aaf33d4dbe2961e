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

// goneSideGroups are ut25a Q7's five groups, in the side view's order:
// two Empty groups far behind, two live ones whose member has a host:port
// of 15 cells, and one deleted while marked.
var goneSideGroups = []string{
	"group-00002", "group-00005",
	"payments-settlement-eu-west-1",
	"ut25a-shipment-tracking-consumer-series",
	"warehouse-replenishment-stopped-batch",
}

// goneSideStore is ut25a Q7's cluster, the last group deleted after it
// was marked (the test deletes it).
func goneSideStore() *model.Store {
	s := model.NewStore(nil, model.DefaultLimits())
	const topic = "payments-settlement-reconciliation-v3"
	var parts []model.PartitionStat
	var tps []model.TP
	for p := range 4 {
		parts = append(parts, model.PartitionStat{Topic: topic, Partition: p})
		tps = append(tps, model.TP{Topic: topic, Partition: p})
	}
	s.Update(func(st *model.State) {
		st.Link = model.Link{State: model.LinkConnected, PollTook: time.Millisecond, PollRequests: 4}
		st.Lag = model.NewLags(model.LagConfig{History: 20, Window: 3, StopAfter: 5 * time.Second})
		for k := range 12 {
			highs := map[model.TP]int64{}
			for _, tp := range tps {
				highs[tp] = int64(5000 + 100*k)
			}
			member := func(port int, assigned []model.TP) []model.MemberStat {
				host := fmt.Sprintf("127.0.0.1:%d", port)
				return []model.MemberStat{{ID: "rdkafka-" + host, ClientID: "rdkafka", Host: host, Assigned: assigned}}
			}
			groups := []model.GroupStat{
				{ID: goneSideGroups[0], State: "Empty", Protocol: "consumer"},
				{ID: goneSideGroups[1], State: "Empty", Protocol: "consumer"},
				{ID: goneSideGroups[2], State: "Stable", Protocol: "consumer", Assignor: "range", Members: 1, Detail: member(55842, tps[:2])},
				{ID: goneSideGroups[3], State: "Stable", Protocol: "consumer", Assignor: "range", Members: 1, Detail: member(45786, tps[2:])},
				{ID: goneSideGroups[4], State: "Empty", Protocol: "consumer"},
			}
			committed := []model.Committed{
				{Group: goneSideGroups[0], Offsets: map[model.TP]int64{tps[0]: 0, tps[1]: 1200, tps[2]: 0, tps[3]: 0}},
				{Group: goneSideGroups[1], Offsets: map[model.TP]int64{tps[0]: 5000, tps[1]: 5000}},
				{Group: goneSideGroups[2], Offsets: map[model.TP]int64{tps[0]: highs[tps[0]]}},
				{Group: goneSideGroups[3], Offsets: map[model.TP]int64{tps[2]: highs[tps[2]] - 10}},
			}
			st.Lag.Observe(fixedNow.Add(time.Duration(k-11)*time.Second), parts, highs, groups, committed)
			st.Partitions, st.Groups = parts, groups
		}
	})
	return s
}

// Side by side with a gone group in a narrow box (ut25a Q7): the gone
// group's column gives its cells to the groups on the cluster, which
// never cut a health word (`lag 16,400 ST…`) or `no active members`, and
// a member's host:port is never broken at a dot (`127.0.0.` / `1:55842`).
func TestSideViewGoneGroupGivesItsCells(t *testing.T) {
	for _, sz := range []struct{ w, h int }{{80, 24}, {90, 30}, {100, 30}, {120, 40}} {
		for _, n := range []int{4, 5} { // with both live groups, or one
			t.Run(fmt.Sprintf("%dx%d-%d", sz.w, sz.h, n), func(t *testing.T) {
				a := New(&Common{Ctx: context.Background(), Store: goneSideStore(), Now: func() time.Time { return fixedNow }, Cluster: Cluster{Name: "x"}})
				a.Update(tea.WindowSizeMsg{Width: sz.w, Height: sz.h})
				keys := []string{"5", "z", "g"}
				for i := range 5 {
					if n == 4 && i == 3 {
						keys = append(keys, "down")
						continue
					}
					keys = append(keys, "space")
				}
				press(a, keys...)
				a.c.Store.(*model.Store).Update(func(st *model.State) { st.Groups = st.Groups[:4] })
				press(a, "enter")
				s := screen(a)
				assertFits(t, s, sz.w, sz.h)
				cols := sideColumns(s)
				if len(cols) != n {
					t.Fatalf("%d columns, want %d:\n%s", len(cols), n, s)
				}
				hosts := map[string]bool{}
				for _, col := range cols {
					for _, c := range col {
						l := strings.TrimSpace(c)
						if strings.HasPrefix(l, "lag ") && strings.Contains(l, "…") {
							t.Errorf("a lag or health word cut: %q:\n%s", l, s)
						}
						if strings.HasPrefix(l, "no active") && strings.Contains(l, "…") || l == "no active mem" {
							t.Errorf("`no active members` cut: %q:\n%s", l, s)
						}
						for _, h := range []string{"127.0.0.1:55842", "127.0.0.1:45786"} {
							if strings.Contains(l, h) {
								hosts[h] = true
							}
						}
						if strings.HasSuffix(l, "127.0.0.") || strings.HasPrefix(l, "1:") {
							t.Errorf("a host:port broken at a dot: %q:\n%s", l, s)
						}
					}
				}
				want := 2
				if n == 4 {
					want = 1
				}
				if len(hosts) != want {
					t.Errorf("hosts whole on a line: %v, want %d:\n%s", hosts, want, s)
				}
			})
		}
	}
}
