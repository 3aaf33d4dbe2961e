package ui

import (
	"context"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/washboard/washboard/model"
)

// Side by side at 80x24, groups whose names differ only inside get
// headings that read apart, cut where their names differ (a user test,
// ut23: `ut23-many…ng-series` twice for `…-number-11-of-a-long-series`
// and `…-number-13-…` beside `customer…2026-ut23` and `group-00001`), for
// families of names alike at both ends, in the middle or in two places,
// with names unlike them beside, in the grid and zoomed.
func TestSideHeadingsReadApart(t *testing.T) {
	families := []struct {
		name   string
		groups []string
	}{
		{"ut23", []string{"customer-orders-enrichment-pipeline-2026-ut23", "group-00001",
			"ut23-many-groups-load-test-consumer-group-number-11-of-a-long-series",
			"ut23-many-groups-load-test-consumer-group-number-13-of-a-long-series"}},
		{"regions", []string{"payments-settlement-eu-west-1-reconciliation-consumer",
			"payments-settlement-us-east-2-reconciliation-consumer",
			"payments-settlement-ap-south-1-reconciliation-consumer", "audit"}},
		{"two places", []string{"orders-a-fulfilment-service-consumer-group-shard-1-of-a-run",
			"orders-b-fulfilment-service-consumer-group-shard-1-of-a-run",
			"orders-a-fulfilment-service-consumer-group-shard-2-of-a-run", "zz-other-group-with-a-long-name-too"}},
		{"three alike", []string{"inventory-projection-builder-consumer-blue-stopped-batch",
			"inventory-projection-builder-consumer-gree-stopped-batch",
			"inventory-projection-builder-consumer-reds-stopped-batch", "inventory"}},
	}
	for _, fam := range families {
		for _, zoom := range []bool{false, true} {
			name := fam.name
			if zoom {
				name += " zoomed"
			}
			t.Run(name, func(t *testing.T) {
				s := model.NewStore(nil, model.DefaultLimits())
				s.Update(func(st *model.State) {
					st.Link = model.Link{State: model.LinkConnected, PollTook: time.Millisecond, PollRequests: 4}
					for _, g := range fam.groups {
						st.Groups = append(st.Groups, model.GroupStat{ID: g, State: "Empty", Protocol: "consumer"})
					}
				})
				a := New(&Common{Ctx: context.Background(), Store: s, Now: func() time.Time { return fixedNow }, Cluster: Cluster{Name: "x"}})
				a.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
				keys := []string{"5", "g", "space", "space", "space", "space", "enter"}
				if zoom {
					keys = append([]string{"5", "z"}, keys[1:]...)
				}
				press(a, keys...)
				out := screen(a)
				cols := sideColumns(out)
				if len(cols) != len(fam.groups) {
					t.Fatalf("%d columns, want %d:\n%s", len(cols), len(fam.groups), out)
				}
				seen := map[string]int{}
				cut := 0
				for i, col := range cols {
					head := strings.TrimSpace(col[0])
					if strings.Contains(head, "…") {
						cut++
					}
					if j, ok := seen[head]; ok {
						t.Errorf("columns %d and %d, two groups, read %q:\n%s", j, i, head, out)
					}
					seen[head] = i
				}
				if cut < 2 {
					t.Fatalf("fewer than two headings cut: the test shows nothing at this size:\n%s", out)
				}
			})
		}
	}
}
