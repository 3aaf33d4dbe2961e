package ui

import (
	"context"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/washboard/washboard/model"
)

// Side by side, a group's lag sparkline spans its history as the Groups
// list's does (lag_span.go): a stopped group whose lag rose from 61 to
// 1,070 and then held draws the rise, not the flat last polls (ut28a U9:
// `lag 1,070 STOP ▄▄▄▄…` beside its list row's `▂▂▂…▅▅▆▆▇▇███`).
func TestSideViewLagHistorySpansAsTheList(t *testing.T) {
	tp := model.TP{Topic: "orders", Partition: 0}
	s := model.NewStore(nil, model.DefaultLimits())
	s.Update(func(st *model.State) {
		st.Link = model.Link{State: model.LinkConnected, PollTook: time.Millisecond, PollRequests: 4}
		st.Lag = model.NewLags(model.LagConfig{History: 150, Window: 3, StopAfter: time.Hour})
		parts := []model.PartitionStat{{Topic: "orders", Partition: 0}}
		for k := range 150 {
			high := 61 + int64(min(k, 100))*10 + 9*int64(min(k, 100))/100
			groups := []model.GroupStat{{ID: "stopped", State: "Empty", Protocol: "consumer"}}
			committed := []model.Committed{{Group: "stopped", Offsets: map[model.TP]int64{tp: 0}}}
			st.Lag.Observe(fixedNow.Add(time.Duration(k-149)*2*time.Second), parts, map[model.TP]int64{tp: high}, groups, committed)
			st.Partitions, st.Groups = parts, groups
		}
	})
	for _, size := range [][2]int{{80, 24}, {200, 50}} {
		a := New(&Common{Ctx: context.Background(), Store: s, Now: func() time.Time { return fixedNow }, Cluster: Cluster{Name: "x"}})
		a.Update(tea.WindowSizeMsg{Width: size[0], Height: size[1]})
		press(a, "5", "z", "enter")
		scr := screen(a)
		drawn := false
		for _, l := range strings.Split(scr, "\n") {
			if !strings.Contains(l, "lag 1,0") || !strings.ContainsAny(l, "▁▂▃▄▅▆▇█") {
				continue
			}
			drawn = true
			glyphs := map[rune]bool{}
			for _, r := range l {
				if r >= '▁' && r <= '█' {
					glyphs[r] = true
				}
			}
			if len(glyphs) < 3 {
				t.Errorf("%v: the lag's rise is not drawn (%d glyphs): %q\n%s", size, len(glyphs), l, scr)
			}
		}
		if !drawn {
			t.Errorf("%v: no lag line with its history:\n%s", size, scr)
		}
	}
}

// ut39-17: side by side at 200x50 the older group's lag history was
// shorter than the newer one's (39 cells beside 41): each column drew its
// cells at a span judged by its own width, so a column a few cells
// narrower drew the same minutes in coarser cells. Every column's cells
// span the same polls (sparksAligned): the older group's history is at
// least as long as the newer one's, in every column set and size.
func TestSideViewLagHistoriesOnOneTimeAxis(t *testing.T) {
	tp := model.TP{Topic: "orders", Partition: 0}
	for _, size := range [][2]int{{200, 50}, {80, 24}} {
		s := model.NewStore(nil, model.DefaultLimits())
		s.Update(func(st *model.State) {
			st.Link = model.Link{State: model.LinkConnected, PollTook: time.Millisecond, PollRequests: 4}
			st.Lag = model.NewLags(model.LagConfig{History: 600, Window: 3, StopAfter: time.Hour})
			parts := []model.PartitionStat{{Topic: "orders", Partition: 0}}
			for k := range 300 {
				high := 100 + int64(k)*30
				groups := []model.GroupStat{{ID: "older", State: "Empty", Protocol: "consumer"}}
				committed := []model.Committed{{Group: "older", Offsets: map[model.TP]int64{tp: 50}}}
				if k >= 4 { // started 4 polls later, a member with a long client id: the wider column
					groups = append(groups, model.GroupStat{ID: "newer", State: "Stable", Assignor: "range", Members: 1, Protocol: "consumer",
						Detail: []model.MemberStat{{ID: "m", ClientID: "newer-consumer-with-a-rather-long-client-id-of-many-cells", Host: "/127.0.0.1", Assigned: []model.TP{tp}}}})
					committed = append(committed, model.Committed{Group: "newer", Offsets: map[model.TP]int64{tp: high - 2000}})
				}
				at := fixedNow.Add(time.Duration(k-299) * time.Second)
				st.Link.PolledAt = at
				st.Lag.Observe(at, parts, map[model.TP]int64{tp: high}, groups, committed)
				st.Partitions, st.Groups = parts, groups
			}
		})
		a := New(&Common{Ctx: context.Background(), Store: s, Now: func() time.Time { return fixedNow }, Cluster: Cluster{Name: "x"}})
		a.Update(tea.WindowSizeMsg{Width: size[0], Height: size[1]})
		press(a, "5", "z", "space", "j", "space", "enter")
		scr := screen(a)
		var older, newer []int // each column's sparkline cells on its lag line
		for _, l := range strings.Split(scr, "\n") {
			for _, seg := range strings.Split(l, "│") {
				if !strings.Contains(seg, "lag ") {
					continue
				}
				n := 0
				for _, r := range seg {
					if r >= '▁' && r <= '█' {
						n++
					}
				}
				switch {
				case n > 0 && strings.Contains(seg, "lag 9,"):
					older = append(older, n)
				case n > 0:
					newer = append(newer, n)
				}
			}
		}
		if len(older) != 1 || len(newer) != 1 {
			t.Fatalf("%v: want one lag line with a history a group, got %v and %v:\n%s", size, older, newer, scr)
		}
		if older[0] < newer[0] {
			t.Errorf("%v: the older group's history (%d cells) is shorter than the newer one's (%d):\n%s", size, older[0], newer[0], scr)
		}
	}
}
