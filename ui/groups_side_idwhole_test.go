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

// idWholeStore is two groups as the demo's at 80x24 (ut37-6): each with
// one member whose client id is as long as its group's name, reading
// five partitions of one topic.
func idWholeStore() *model.Store {
	s := model.NewStore(nil, model.DefaultLimits())
	var tps []model.TP
	for p := range 5 {
		tps = append(tps, model.TP{Topic: "rider-updates", Partition: p})
	}
	group := func(id, port string) model.GroupStat {
		return model.GroupStat{ID: id, State: "Stable", Protocol: "consumer", Assignor: "range", Members: 1,
			Detail: []model.MemberStat{{ID: id + "-m1", ClientID: id + "-m1", Host: "127.0.0.1:" + port, Assigned: tps}}}
	}
	s.Update(func(st *model.State) {
		st.Link = model.Link{State: model.LinkConnected, PollTook: time.Millisecond, PollRequests: 4}
		st.Lag = model.NewLags(model.LagConfig{History: 20, Window: 3, StopAfter: time.Hour})
		for i := range 12 {
			high := int64(1000 + 10*i)
			var parts []model.PartitionStat
			highs, offs := map[model.TP]int64{}, map[model.TP]int64{}
			for _, tp := range tps {
				parts = append(parts, model.PartitionStat{Topic: tp.Topic, Partition: tp.Partition, High: high})
				highs[tp], offs[tp] = high, high-int64(100+tp.Partition)
			}
			g := []model.GroupStat{group("washboard-demo-1", "41494"), group("washboard-demo-2", "41495")}
			committed := []model.Committed{{Group: "washboard-demo-1", Offsets: offs}, {Group: "washboard-demo-2", Offsets: offs}}
			st.Lag.Observe(fixedNow.Add(time.Duration(i-11)*time.Second), parts, highs, g, committed)
			st.Partitions, st.Groups = parts, g
		}
	})
	return s
}

// Side by side, a member's client id is cut only where no row is free
// (ut37-6: `washbo…mo-1-m1` at 80x24 over a blank row in each column):
// where the column has the rows, the id goes whole on its line and its
// host and rate under it; the widths are judged as before, so where the
// cells keep it on one line it stays there.
func TestSideViewClientIDWholeWhereRowsAreFree(t *testing.T) {
	for _, sz := range []struct{ w, h int }{{80, 24}, {200, 50}} {
		name := "groups-side-idwhole-" + itoa(sz.w) + "x" + itoa(sz.h)
		t.Run(name, func(t *testing.T) {
			a := New(&Common{Ctx: context.Background(), Store: idWholeStore(), Now: func() time.Time { return fixedNow }, Cluster: Cluster{Name: "x"}})
			a.Update(tea.WindowSizeMsg{Width: sz.w, Height: sz.h})
			press(a, "5", "z", "space", "space", "enter")
			s := screen(a)
			assertFits(t, s, sz.w, sz.h)
			golden(t, name, s)
			for _, id := range []string{"washboard-demo-1-m1", "washboard-demo-2-m1"} {
				if !strings.Contains(ansi.Strip(s), id) {
					t.Errorf("client id %s is cut while rows are free:\n%s", id, s)
				}
			}
		})
	}
}
