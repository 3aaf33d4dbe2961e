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

// ut31 Y3's cluster: two live groups (one kcat member each) reading 12
// partitions of one topic and 6 of another, caught up between bursts and
// up to 108 records behind in one, beside two groups stopped 3 minutes
// ago on 6 partitions each (`/0 @9 lag 108 (3m)`), all with 57-64-character
// names.
const (
	ut31South = "warehouse.inventory.stock-level-adjustments.ap-south-1.v2"
	ut31North = "warehouse.inventory.stock-level-adjustments.eu-central-1.v2"
	ut31Ship  = "fulfilment-shipment-tracking-events-high-volume-stream-prod"
)

var ut31Groups = []string{
	"inventory-adjustment-projector-consumer-group-ap-south-secondary", // stopped on ut31South
	"inventory-adjustment-projector-consumer-group-eu-central-primary", // live on ut31North
	"nightly-shipment-reprocessing-backfill-2026-q4",                   // stopped on ut31Ship
	"shipment-notification-sender-customer-emails",                     // live on ut31Ship
}

// ut31Cluster feeds polls to a store, 12 s apart.
type ut31Cluster struct {
	store *model.Store
	k     int
	high  map[model.TP]int64
	stop  map[string]map[model.TP]int64 // the stopped groups' commits
}

func newUT31Cluster() *ut31Cluster {
	c := &ut31Cluster{store: model.NewStore(nil, model.DefaultLimits()), high: map[model.TP]int64{}, stop: map[string]map[model.TP]int64{}}
	c.store.Update(func(st *model.State) {
		st.Link = model.Link{State: model.LinkConnected, PollTook: time.Millisecond, PollRequests: 4}
		st.Lag = model.NewLags(model.LagConfig{History: 60, Window: 3, StopAfter: 2 * time.Minute})
	})
	for _, t := range []struct {
		topic string
		n     int
	}{{ut31South, 6}, {ut31North, 12}, {ut31Ship, 6}} {
		for p := range t.n {
			c.high[model.TP{Topic: t.topic, Partition: p}] = int64(9 + 2*p)
		}
	}
	for k := range 20 { // four minutes: the stopped groups committed 3 minutes ago
		if k == 5 {
			for _, g := range []struct {
				id    string
				topic string
			}{{ut31Groups[0], ut31South}, {ut31Groups[2], ut31Ship}} {
				c.stop[g.id] = map[model.TP]int64{}
				for p := range 6 {
					tp := model.TP{Topic: g.topic, Partition: p}
					c.stop[g.id][tp] = c.high[tp]
				}
			}
		}
		c.poll(false)
	}
	return c
}

// poll folds one poll, with or without a burst the live groups are behind.
func (c *ut31Cluster) poll(burst bool) {
	at := fixedNow.Add(time.Duration(c.k-40) * 12 * time.Second)
	c.k++
	var parts []model.PartitionStat
	reads := map[string][]model.TP{}
	live := map[string]map[model.TP]int64{ut31Groups[1]: {}, ut31Groups[3]: {}}
	for _, t := range []struct {
		topic, group string
		n            int
	}{{ut31South, "", 6}, {ut31North, ut31Groups[1], 12}, {ut31Ship, ut31Groups[3], 6}} {
		for p := range t.n {
			tp := model.TP{Topic: t.topic, Partition: p}
			c.high[tp] += 8
			parts = append(parts, model.PartitionStat{Topic: t.topic, Partition: p, High: c.high[tp]})
			if t.group == "" {
				continue
			}
			reads[t.group] = append(reads[t.group], tp)
			live[t.group][tp] = c.high[tp]
			if burst {
				live[t.group][tp] -= int64([]int{108, 35, 0, 72, 11, 5}[p%6])
			}
		}
	}
	var groups []model.GroupStat
	var committed []model.Committed
	for i, id := range ut31Groups {
		if i%2 == 0 {
			groups = append(groups, model.GroupStat{ID: id, State: "Empty", Protocol: "consumer"})
			if c.stop[id] != nil {
				committed = append(committed, model.Committed{Group: id, Offsets: c.stop[id]})
			}
			continue
		}
		groups = append(groups, model.GroupStat{ID: id, State: "Stable", Protocol: "consumer", Assignor: "range", Members: 1,
			Detail: []model.MemberStat{{ID: "m" + itoa(i), ClientID: "rdkafka", Host: "127.0.0.1:589" + itoa(i), Assigned: reads[id]}}})
		committed = append(committed, model.Committed{Group: id, Offsets: live[id]})
	}
	highs := map[model.TP]int64{}
	for tp, h := range c.high {
		highs[tp] = h
	}
	c.store.Update(func(st *model.State) {
		st.Lag.Observe(at, parts, highs, groups, committed)
		st.Partitions, st.Groups = parts, groups
	})
}

// stoppedAge is a partition line that ends in its age in minutes.
var stoppedAge = regexp.MustCompile(`lag \S+ \(?\d+m\)?\s*$`)

// behindAlone is a line that only says how far behind a partition is,
// under its line.
var behindAlone = regexp.MustCompile(`^\s*\([^)]*\)\s*$`)

// Side by side, a live group's partition takes one line in a narrow
// column, its behind said in fewer cells (`31s`) where ` (31s)` does not
// fit, or not at all: no blank line kept for a behind a burst may bring;
// a stopped group's age goes under its line only where its column has
// the rows, so no column hides lines for it (ut31 Y3: at 80x24 a blank
// line under every caught-up partition of the two live groups and `(3m)`
// under every partition of the two stopped ones hid 3-32 lines behind
// `… N more lines` in every column). The layout still holds through
// bursts (ut29 W1). At 80x24 and 200x50.
func TestSideViewPartitionOnOneLine(t *testing.T) {
	for _, sz := range []struct{ w, h int }{{80, 24}, {200, 50}} {
		t.Run(fmt.Sprintf("groups-side-y3-%dx%d", sz.w, sz.h), func(t *testing.T) {
			c := newUT31Cluster()
			a := New(&Common{Ctx: context.Background(), Store: c.store, Now: func() time.Time { return fixedNow }, Cluster: Cluster{Name: "x"}})
			a.Update(tea.WindowSizeMsg{Width: sz.w, Height: sz.h})
			press(a, "5", "z", "space", "space", "space", "space", "enter")
			first := screen(a)
			widths, parts := sideLayout(first)
			if len(widths) != 4 {
				t.Fatalf("%d columns, want 4:\n%s", len(widths), first)
			}
			for k, burst := range []bool{true, false, true, true, false} {
				c.poll(burst)
				a.Update(tea.WindowSizeMsg{Width: sz.w, Height: sz.h})
				s := screen(a)
				assertFits(t, s, sz.w, sz.h)
				if w, p := sideLayout(s); fmt.Sprint(w) != fmt.Sprint(widths) || fmt.Sprint(p) != fmt.Sprint(parts) {
					t.Fatalf("poll %d (burst %v): columns %v, partitions on lines %v; were %v, %v:\n%s\nwas:\n%s", k, burst, w, p, widths, parts, s, first)
				}
				cols := sideColumns(s)
				shown := 0
				for i, col := range cols {
					last := -1
					for y, l := range col {
						if partTailRe.MatchString(l) {
							shown++
							if last >= 0 && y != last+1 && (i%2 == 1 || y != last+2 || !behindAlone.MatchString(col[y-1])) {
								t.Errorf("poll %d: column %d keeps %q between two partitions:\n%s", k, i, col[y-1], s)
							}
							last = y
						}
						if behindAlone.MatchString(l) && i%2 == 1 {
							t.Errorf("poll %d: column %d says how far behind on a line of its own %q:\n%s", k, i, l, s)
						}
						if (strings.Contains(l, "more line") || strings.Contains(l, "line ↓")) && i%2 == 0 { // a stopped group's age under its line only where its column has the rows
							for j, other := range cols {
								if j != i && strings.TrimSpace(other[len(other)-1]) == "" {
									t.Errorf("poll %d: column %d hides lines while column %d has a blank row:\n%s", k, i, j, s)
								}
							}
						}
					}
				}
				if sz.h >= 50 && shown != 30 {
					t.Errorf("poll %d: %d of 30 partitions shown at %dx%d:\n%s", k, shown, sz.w, sz.h, s)
				}
				for _, stopped := range []int{0, 2} { // a stopped group's lines say how far behind, on them or right under them
					for y, l := range cols[stopped] {
						if partTailRe.MatchString(l) && !stoppedAge.MatchString(l) && (y+1 >= len(cols[stopped]) || !behindAlone.MatchString(cols[stopped][y+1])) {
							t.Errorf("poll %d: a stopped group's partition without its behind %q:\n%s", k, l, s)
						}
					}
				}
				if k == 0 {
					golden(t, fmt.Sprintf("groups-side-y3-%dx%d", sz.w, sz.h), s)
				}
			}
		})
	}
}
