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

// ut25a Q10's topics: one an idle group committed on, one three live
// groups read without committing.
const (
	idleTopic = "idle-quarterly-ledger-snapshots-kept-for-the-auditors-2026-ut25a"
	liveTopic = "fulfilment-shipment-status-changes-eu-v7"
)

// topicsStore is ut25a Q10's cluster: group-00001, Empty, committed on
// idleTopic/0; three groups with a member each on liveTopic's ten
// partitions, none committed.
func topicsStore() *model.Store {
	s := model.NewStore(nil, model.DefaultLimits())
	idle := model.TP{Topic: idleTopic, Partition: 0}
	parts := []model.PartitionStat{{Topic: idleTopic, Partition: 0}}
	var live []model.TP
	for p := range 10 {
		parts = append(parts, model.PartitionStat{Topic: liveTopic, Partition: p})
		live = append(live, model.TP{Topic: liveTopic, Partition: p})
	}
	s.Update(func(st *model.State) {
		st.Link = model.Link{State: model.LinkConnected, PollTook: time.Millisecond, PollRequests: 4}
		st.Lag = model.NewLags(model.LagConfig{History: 20, Window: 3, StopAfter: time.Hour})
		for k := range 12 {
			highs := map[model.TP]int64{idle: 500}
			for _, tp := range live {
				highs[tp] = int64(100 + 10*k)
			}
			groups := []model.GroupStat{{ID: "group-00001", State: "Empty", Protocol: "consumer"}}
			for i, n := range []int{10, 11, 13} {
				host := fmt.Sprintf("127.0.0.1:%d", 45764+40*i)
				groups = append(groups, model.GroupStat{ID: fmt.Sprintf("ut25a-shipment-tracking-consumer-number-%d-of-a-long-series", n),
					State: "Stable", Protocol: "consumer", Assignor: "range", Members: 1,
					Detail: []model.MemberStat{{ID: "rdkafka-" + host, ClientID: "rdkafka", Host: host, Assigned: live}}})
			}
			committed := []model.Committed{{Group: "group-00001", Offsets: map[model.TP]int64{idle: 500}}}
			st.Lag.Observe(fixedNow.Add(time.Duration(k-11)*time.Second), parts, highs, groups, committed)
			st.Partitions, st.Groups = parts, groups
		}
	})
	return s
}

// topicShown says how a column shows topic: "whole" on a line, "wrapped"
// over lines of its own, "cut" in the middle, or "" not at all.
func topicShown(col []string, topic string) string {
	var joined strings.Builder
	for _, c := range col {
		l := strings.TrimSpace(c)
		if strings.Contains(l, topic) {
			return "whole"
		}
		if strings.Contains(l, "…") && strings.HasPrefix(c, "  ") && len(l) > 4 && strings.HasPrefix(topic, strings.SplitN(l, "…", 2)[0]) {
			return "cut"
		}
		joined.WriteString(l)
	}
	if strings.Contains(joined.String(), topic) {
		return "wrapped"
	}
	return ""
}

// Side by side, topics too long for their lines wrap in every column or
// are cut in every column, never wrapped in one beside another's cut
// (ut25a Q10), in the grid and zoomed.
func TestSideViewTopicsWrapOrCutAlike(t *testing.T) {
	for _, sz := range []struct{ w, h int }{{80, 24}, {100, 30}, {120, 40}, {200, 50}} {
		for _, zoom := range []bool{false, true} {
			t.Run(fmt.Sprintf("%dx%d-zoom-%v", sz.w, sz.h, zoom), func(t *testing.T) {
				a := New(&Common{Ctx: context.Background(), Store: topicsStore(), Now: func() time.Time { return fixedNow }, Cluster: Cluster{Name: "x"}})
				a.Update(tea.WindowSizeMsg{Width: sz.w, Height: sz.h})
				keys := []string{"5", "space", "space", "space", "space", "enter"}
				if zoom {
					keys = append([]string{"5", "z"}, keys[1:]...)
				}
				press(a, keys...)
				s := screen(a)
				assertFits(t, s, sz.w, sz.h)
				ways := map[string]bool{}
				for _, col := range sideColumns(s) {
					for _, topic := range []string{idleTopic, liveTopic} {
						if how := topicShown(col, topic); how == "wrapped" || how == "cut" {
							ways[how] = true
						}
					}
				}
				if ways["wrapped"] && ways["cut"] {
					t.Errorf("one topic wrapped, another cut on the same screen:\n%s", s)
				}
			})
		}
	}
}
