package ui

import (
	"fmt"
	"strings"
	"testing"

	"github.com/washboard/washboard/model"
)

// ut31Store is ut31's cluster (b): six topics whose names differ at
// their first cell, but for the two settlement topics, which differ at
// their 43rd (`eu-west`/`us-east`), each read by a group named at length,
// so the 80x24 grid's Partitions name column is cut to its 15 cells.
func ut31Store() *model.Store {
	var topics [][2]any
	for i, n := range ut31Topics {
		topics = append(topics, [2]any{n, []int{12, 6, 3, 8, 12, 6}[i]})
	}
	groups := [][2]string{
		{"inventory-adjustment-projector-consumer-group-eu-central-primary", ut31Topics[0]},
		{"inventory-adjustment-projector-consumer-group-ap-south-secondary", ut31Topics[1]},
		{"shipment-tracking-notifier-consumer-group-for-customer-emails", ut31Topics[3]},
		{"nightly-stock-reconciliation-batch-job-consumer-group-2026-q4", ut31Topics[3]},
	}
	return namedStore(topics, groups)
}

// ut31Topics are ut31's topics.
var ut31Topics = []string{
	"warehouse.inventory.stock-level-adjustments.eu-central-1.v2",
	"warehouse.inventory.stock-level-adjustments.ap-south-1.v2",
	"customer-notification-preferences-audit-trail-archive-2026-idle",
	"fulfilment-shipment-tracking-events-high-volume-stream-prod",
	"settlement.payments.reconciliation-events.eu-west-1.v3",
	"settlement.payments.reconciliation-events.us-east-1.v3",
}

// namedStore is a cluster of topics ({name, partitions}), a settlement
// topic's partitions at high watermark 3, the others' at 700, and groups
// ({group, topic}) committed at 16 on every partition of their topic:
// lags in the thousands, as ut31's.
func namedStore(topics [][2]any, groups [][2]string) *model.Store {
	s := model.NewStore(nil, model.DefaultLimits())
	count := map[string]int{}
	var parts []model.PartitionStat
	var names []string
	hw := map[model.TP]int64{}
	for _, tp := range topics {
		n, np := tp[0].(string), tp[1].(int)
		names, count[n] = append(names, n), np
		high := int64(700)
		if strings.HasPrefix(n, "settlement.") {
			high = 3
		}
		for p := range np {
			parts = append(parts, model.PartitionStat{Topic: n, Partition: p, High: high, Leader: p % 3})
			hw[model.TP{Topic: n, Partition: p}] = high
		}
	}
	var g []model.GroupStat
	var c []model.Committed
	for _, gt := range groups {
		g = append(g, model.GroupStat{ID: gt[0], State: "Empty", Protocol: "consumer"})
		off := map[model.TP]int64{}
		for p := range count[gt[1]] {
			off[model.TP{Topic: gt[1], Partition: p}] = 16
		}
		c = append(c, model.Committed{Group: gt[0], Offsets: off})
	}
	fillCluster(s, parts, hw, g, c, names, count, 3)
	return s
}

// The Partitions topic rows of ut31's cluster read apart at every width
// from 60 to 80 columns, grid and zoomed: the two settlement topics are
// cut where they differ (`…west-1.v3 (12)` / `…-east-1.v3 (6)`) though
// the other topics differ at their first cell, where no one cut served
// the list and both read `sett…-1.v3` (ut31 Y12): six topics, six names.
func TestPartitionsTopicNamesApartMixedList(t *testing.T) {
	t.Parallel() // holds no shared state: its own store, app and clock
	for _, w := range []int{60, 64, 70, 76, 80} {
		for _, zoom := range []bool{false, true} {
			a := realApp(t, ut31Store(), w, 24)
			do(a, "4")
			if zoom {
				do(a, "z")
			}
			seen := map[string]string{} // a topic row's name and count: the name the row showed first
			for range 120 {             // every row of the list passes under the cursor
				for _, r := range boxRows(t, screen(a), "4 Partitions") {
					m := topicRowName.FindStringSubmatch(r)
					if m == nil {
						continue
					}
					seen[m[1]] = m[2]
				}
				do(a, "j")
			}
			name := fmt.Sprintf("%dx24 zoomed=%v", w, zoom)
			if len(seen) != 6 { // six topics, six names
				t.Errorf("%s: the six topic rows read %q", name, seen)
			}
			for n := range seen {
				if m := cutMatches(n, ut31Topics); len(m) != 1 {
					t.Errorf("%s: the topic row %q reads as %q", name, n, m)
				}
			}
		}
	}
}

// cutMatches is the names of list that cut could be cut from: its
// pieces between ellipses found in order, the first at the name's start
// and the last at its end. A cut that reads apart matches one name.
func cutMatches(cut string, list []string) []string {
	pieces := strings.Split(cut, model.Ellipsis)
	var out []string
	for _, n := range list {
		if len(pieces) == 1 {
			if n == cut {
				out = append(out, n)
			}
			continue
		}
		first, last := pieces[0], pieces[len(pieces)-1]
		if !strings.HasPrefix(n, first) || !strings.HasSuffix(n, last) || len(first)+len(last) > len(n) {
			continue
		}
		rest, ok := n[len(first):len(n)-len(last)], true
		for _, p := range pieces[1 : len(pieces)-1] {
			i := strings.Index(rest, p)
			if i < 0 {
				ok = false
				break
			}
			rest = rest[i+len(p):]
		}
		if ok {
			out = append(out, n)
		}
	}
	return out
}
