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

// ut34b-3: a group stopped after committing on 4 of its topic's 12
// partitions listed the 4 and said nothing of the other 8 (where a
// restarted consumer starts by its auto.offset.reset). Its detail says
// them in the reset preview's words, wrapped, never cut. At 80x24 and
// 200x50.
func TestSideViewSaysThePartitionsNotCommitted(t *testing.T) {
	const topic = "payments.settlement.reconciliation-events.eu-west-1.v2"
	const id = "settlement-reconciler-eu"
	want := "not committed on 8 of 12 partitions of " + topic + ": 0 1 3 4 6 7 8 9"
	for _, sz := range []struct{ w, h int }{{80, 24}, {200, 50}} {
		t.Run(fmt.Sprintf("groups-side-uncommitted-%dx%d", sz.w, sz.h), func(t *testing.T) {
			c := newSideCluster([]sideGroupFeed{{id, topic, 12, false}})
			for tp := range c.stop[id] {
				if p := tp.Partition; p != 2 && p != 5 && p != 10 && p != 11 {
					delete(c.stop[id], tp)
				}
			}
			c.poll(false)
			c.store.Update(func(st *model.State) {
				st.TopicStats = []model.TopicStat{{Name: topic, Partitions: 12, Replication: 3}}
			})
			a := New(&Common{Ctx: context.Background(), Store: c.store, Now: func() time.Time { return fixedNow }, Cluster: Cluster{Name: "x"}})
			a.Update(tea.WindowSizeMsg{Width: sz.w, Height: sz.h})
			press(a, "5", "space", "enter")
			s := screen(a)
			assertFits(t, s, sz.w, sz.h)
			var box []string // the Groups box's text, the right-most box on each line
			for _, l := range strings.Split(s, "\n") {
				if i := strings.LastIndex(l, "││"); i >= 0 {
					l = l[i+len("││"):]
				}
				box = append(box, strings.Trim(strings.TrimSpace(l), "│ "))
			}
			if text := strings.Join(box, " "); !strings.Contains(text, want) {
				t.Errorf("the detail does not say %q:\n%s", want, s)
			}
			golden(t, fmt.Sprintf("groups-side-uncommitted-%dx%d", sz.w, sz.h), s)
		})
	}
}

// ut38b-7: the reset preview said `7 partitions not committed` (an empty
// partition left out: a consumer commits only where it read a record)
// while the group's detail said `not committed on 8 of 12 partitions`,
// counting the empty one. The detail counts as the preview does.
func TestNotCommittedLeavesOutEmptyPartitions(t *testing.T) {
	const topic = "orders"
	var parts []model.PartitionStat
	hw := map[model.TP]int64{}
	for p := range 4 {
		high := int64(100)
		if p == 3 {
			high = 0 // holds no record
		}
		parts = append(parts, model.PartitionStat{Topic: topic, Partition: p, High: high})
		hw[model.TP{Topic: topic, Partition: p}] = high
	}
	g := []model.GroupStat{{ID: "audit", State: "Empty", Protocol: "consumer"}}
	c := []model.Committed{{Group: "audit", Offsets: map[model.TP]int64{{Topic: topic, Partition: 0}: 50}}}
	st := &model.State{Partitions: parts, TopicStats: []model.TopicStat{{Name: topic, Partitions: 4}}}
	st.Lag = model.NewLags(model.LagConfig{History: 20, Window: 3, StopAfter: time.Hour})
	for i := range 2 {
		st.Lag.Observe(fixedNow.Add(time.Duration(i)*time.Second), parts, hw, g, c)
	}
	got := notCommittedLines(st, []model.TP{{Topic: topic, Partition: 0}})
	want := "not committed on 2 of 4 partitions of orders: 1 2"
	if len(got) != 1 || got[0] != want {
		t.Errorf("got %q, want %q (the preview counts %d)", got, want, st.Lag.Groups["audit"].NotCommittedIn(topic))
	}
}
