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
