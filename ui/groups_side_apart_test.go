package ui

import (
	"context"
	"regexp"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/washboard/washboard/model"
)

// ut42b's cluster: two payments topics that share a long prefix and
// suffix, differing only in their region, an inventory topic and a
// shipment topic, read by two live groups and one whose members left,
// committed on one of the shipment topic's three partitions.
const (
	ut42bEU       = "acme.payments.settlement-events.eu-west-1.v2"
	ut42bUS       = "acme.payments.settlement-events.us-east-1.v2"
	ut42bStock    = "inventory-snapshots"
	ut42bShipment = "acme.logistics.shipment-tracking.ap-south-1.v3"
)

func ut42bStore() *model.Store {
	s := model.NewStore(nil, model.DefaultLimits())
	counts := map[string]int{ut42bEU: 12, ut42bUS: 12, ut42bStock: 4, ut42bShipment: 3}
	s.Update(func(st *model.State) {
		st.Link = model.Link{State: model.LinkConnected, PollTook: time.Millisecond, PollRequests: 4}
		st.Lag = model.NewLags(model.LagConfig{History: 20, Window: 3, StopAfter: time.Hour})
		for _, t := range []string{ut42bShipment, ut42bEU, ut42bUS, ut42bStock} { // by name, as the poll sorts them
			st.TopicStats = append(st.TopicStats, model.TopicStat{Name: t, Partitions: counts[t], Replication: 3})
		}
		tps := func(topic string) []model.TP {
			var out []model.TP
			for p := range counts[topic] {
				out = append(out, model.TP{Topic: topic, Partition: p})
			}
			return out
		}
		for i := range 12 {
			var parts []model.PartitionStat
			highs := map[model.TP]int64{}
			stock, eu, ship := map[model.TP]int64{}, map[model.TP]int64{}, map[model.TP]int64{}
			for _, t := range []string{ut42bShipment, ut42bEU, ut42bUS, ut42bStock} {
				for _, tp := range tps(t) {
					high := int64(300 + 20*i + tp.Partition)
					parts = append(parts, model.PartitionStat{Topic: t, Partition: tp.Partition, High: high})
					highs[tp] = high
				}
			}
			for _, tp := range tps(ut42bStock) {
				stock[tp] = highs[tp] - 322
			}
			for _, tp := range tps(ut42bEU)[:9] {
				eu[tp] = highs[tp] - 1
			}
			ship[model.TP{Topic: ut42bShipment, Partition: 1}] = 0
			g := []model.GroupStat{
				{ID: "inventory-slow-loader", State: "Stable", Protocol: "consumer", Assignor: "range", Members: 1, Detail: []model.MemberStat{
					{ID: "m1", ClientID: "rdkafka", Host: "127.0.0.1:44690", Assigned: tps(ut42bStock)}}},
				{ID: "settlement-reconciler-eu", State: "Stable", Protocol: "consumer", Assignor: "range", Members: 1, Detail: []model.MemberStat{
					{ID: "m2", ClientID: "rdkafka", Host: "127.0.0.1:44646", Assigned: tps(ut42bEU)}}},
				{ID: "shipment-tracker", State: "Empty", Protocol: "consumer"},
			}
			committed := []model.Committed{{Group: g[0].ID, Offsets: stock}, {Group: g[1].ID, Offsets: eu}, {Group: g[2].ID, Offsets: ship}}
			st.Lag.Observe(fixedNow.Add(time.Duration(i-11)*time.Second), parts, highs, g, committed)
			st.Partitions, st.Groups = parts, g
		}
	})
	return s
}

// ut42b-10, ut42b-14: side by side of three groups, a topic is cut where
// the cluster's topics differ (never `acm…1.v2`, which reads as either
// payments topic), and the partitions a stopped group has not committed
// on stay on one line (`…ap-south-1.v3:` / `0 2`, never `… v3: 0` / `2`).
func TestSideViewTopicsCutWhereTheClusterDiffers(t *testing.T) {
	for _, sz := range [][2]int{{80, 24}, {200, 50}} {
		name := "groups-side-apart-" + itoa(sz[0]) + "x" + itoa(sz[1])
		t.Run(name, func(t *testing.T) {
			a := New(&Common{Ctx: context.Background(), Store: ut42bStore(), Now: func() time.Time { return fixedNow }, Cluster: Cluster{Name: "x"}})
			a.Update(tea.WindowSizeMsg{Width: sz[0], Height: sz[1]})
			press(a, "5", "g", "space", "space", "space", "enter")
			s := screen(a)
			assertFits(t, s, sz[0], sz[1])
			defer golden(t, name, s)
			cut := regexp.MustCompile(`(\S*…\S*)/\d+`)
			for _, col := range sideColumns(s) {
				for _, l := range col {
					l = strings.TrimSpace(l)
					for _, m := range cut.FindAllStringSubmatch(l, -1) {
						if n := topicsReadAs(m[1]); n != 1 {
							t.Errorf("%q reads as %d of the cluster's topics:\n%s", m[1], n, s)
						}
					}
					if l == "2" || strings.HasSuffix(l, ": 0") {
						t.Errorf("the partitions not committed broken across lines at %q:\n%s", l, s)
					}
				}
			}
			if !strings.Contains(s, "0 2") {
				t.Errorf("no `0 2` on one line:\n%s", s)
			}
		})
	}
}

// topicsReadAs is how many of ut42b's topics a cut name (its parts
// between ellipses, in order) could be.
func topicsReadAs(cut string) int {
	n := 0
	for _, topic := range []string{ut42bEU, ut42bUS, ut42bStock, ut42bShipment} {
		rest, ok := topic, true
		for i, part := range strings.Split(cut, "…") {
			k := strings.Index(rest, part)
			if k < 0 || i == 0 && k != 0 {
				ok = false
				break
			}
			rest = rest[k+len(part):]
		}
		if ok && (strings.HasSuffix(cut, "…") || rest == "") {
			n++
		}
	}
	return n
}

// The same at every width a column may have, in a box of few rows (the
// topics cut on their partitions' lines, as ut42b-10's 200x50 grid box
// had them: `acm…1.v2/0 @210`), and however the note on the partitions
// not committed wraps (ut42b-14: `tracking.ap-south-1.v3: 0` / `2` at 26
// cells).
func TestSideColumnsCutTopicsApartAtEveryWidth(t *testing.T) {
	v := newSideView(map[string]bool{"inventory-slow-loader": true, "settlement-reconciler-eu": true, "shipment-tracker": true}, "")
	ut42bStore().Read(func(st *model.State) { v.snapshot(st, 80, 22, false) })
	var plain Styles
	cut := regexp.MustCompile(`^(\S*…\S*?)(/\d+|$)`)
	for i := range v.frame.cols {
		for w := 18; w <= 60; w++ {
			for _, rows := range []int{8, 40} {
				lines := groupColumn(&plain, &v.frame.cols[i], w, sideSparkNeed, false, rows)
				for _, l := range lines[1:] {
					l = strings.TrimSpace(l)
					if m := cut.FindStringSubmatch(l); m != nil && topicsReadAs(m[1]) != 1 {
						t.Errorf("%s at %d cells: %q reads as %d of the cluster's topics:\n%s", v.frame.cols[i].id, w, m[1], topicsReadAs(m[1]), strings.Join(lines, "\n"))
					}
					if l == "2" || strings.HasSuffix(l, ": 0") {
						t.Errorf("%s at %d cells: the partitions not committed broken at %q:\n%s", v.frame.cols[i].id, w, l, strings.Join(lines, "\n"))
					}
				}
			}
		}
	}
}
