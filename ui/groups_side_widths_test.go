package ui

import (
	"context"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/washboard/washboard/model"
)

// sideStore is a cluster of three groups as a user's: a long group name
// whose member has a long client id, two short ones, each with a
// partition assigned but not committed, and lag history.
func sideStore() *model.Store {
	s := model.NewStore(nil, model.DefaultLimits())
	long := "a-very-long-consumer-group-name-for-inventory"
	tp0, tp1 := model.TP{Topic: "orders", Partition: 0}, model.TP{Topic: "orders", Partition: 1}
	group := func(id, client, host string) model.GroupStat {
		return model.GroupStat{ID: id, State: "Stable", Protocol: "consumer", Assignor: "range", Members: 1,
			Detail: []model.MemberStat{{ID: client, ClientID: client, Host: host, Assigned: []model.TP{tp0, tp1}}}}
	}
	s.Update(func(st *model.State) {
		st.Link = model.Link{State: model.LinkConnected, PollTook: time.Millisecond, PollRequests: 4}
		st.Lag = model.NewLags(model.LagConfig{History: 20, Window: 3, StopAfter: time.Hour})
		for i := range 12 {
			high := int64(100 + 10*i)
			parts := []model.PartitionStat{{Topic: "orders", Partition: 0, High: high}, {Topic: "orders", Partition: 1, High: high}}
			g := []model.GroupStat{group(long, "cli-"+long, "127.0.0.1:42962"), group("g1", "cli-g1", "127.0.0.1:42963"),
				group("live-orders-consumer", "rdkafka", "127.0.0.1:44896")}
			committed := []model.Committed{{Group: long, Offsets: map[model.TP]int64{tp0: high - 43}},
				{Group: "g1", Offsets: map[model.TP]int64{tp0: high - 43}}, {Group: "live-orders-consumer", Offsets: map[model.TP]int64{tp0: high - 64}}}
			st.Lag.Observe(fixedNow.Add(time.Duration(i-11)*time.Second), parts, map[model.TP]int64{tp0: high, tp1: high}, g, committed)
			st.Partitions, st.Groups = parts, g
		}
	})
	return s
}

// Groups side by side (a user test, issue 14, C13, C14): each column is as
// wide as its content needs, the health word and a lag sparkline are
// never cut (the note on partitions not committed wraps under the lag
// instead), a sparkline starts right after the text, and a member keeps
// its host and rate, its long client id whole on a line of its own
// where the column has the rows (ut37-6), else cut in the middle.
func TestSideViewColumnsByNeedNothingCut(t *testing.T) {
	for _, sz := range []struct{ w, h int }{{80, 24}, {120, 40}, {200, 50}} {
		name := "groups-side-widths-" + itoa(sz.w) + "x" + itoa(sz.h)
		t.Run(name, func(t *testing.T) {
			a := New(&Common{Ctx: context.Background(), Store: sideStore(), Now: func() time.Time { return fixedNow }, Cluster: Cluster{Name: "x"}})
			a.Update(tea.WindowSizeMsg{Width: sz.w, Height: sz.h})
			press(a, "5", "z", "space", "space", "space", "enter")
			s := screen(a)
			assertFits(t, s, sz.w, sz.h)
			golden(t, name, s)
			for _, host := range []string{"127.0.0.1:42962", "127.0.0.1:42963", "127.0.0.1:44896"} {
				if !strings.Contains(s, host) {
					t.Errorf("a member's host %s is gone:\n%s", host, s)
				}
			}
			if strings.Count(s, "/s") < 3 {
				t.Errorf("a member's consume rate is gone:\n%s", s)
			}
			for _, l := range strings.Split(s, "\n") {
				plain := ansi.Strip(l)
				for _, cut := range []string{" O…", "OK…", "▁…", "▂…", "▃…", "▄…", "▅…", "▆…", "▇…", "█…"} {
					if strings.Contains(plain, cut) {
						t.Errorf("a health word or sparkline is cut (%q): %q", cut, plain)
					}
				}
				if strings.Contains(plain, "OK   ") && strings.ContainsAny(plain, "▁▂▃▄▅▆▇█") {
					t.Errorf("a sparkline pushed away from its text: %q", plain)
				}
			}
		})
	}
}
