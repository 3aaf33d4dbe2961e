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

// ut42Store is the demo as ut42a-8 saw it: washboard-demo-1 with three
// members reading two partitions each of laundry-machine-logs, beside
// washboard-demo-2 with one member on rider-updates, one of its two
// partitions not committed.
func ut42Store() *model.Store {
	s := model.NewStore(nil, model.DefaultLimits())
	var laundry, riders []model.TP
	for p := range 6 {
		laundry = append(laundry, model.TP{Topic: "laundry-machine-logs", Partition: p})
	}
	for p := range 2 {
		riders = append(riders, model.TP{Topic: "rider-updates", Partition: p})
	}
	s.Update(func(st *model.State) {
		st.Link = model.Link{State: model.LinkConnected, PollTook: time.Millisecond, PollRequests: 4}
		st.Lag = model.NewLags(model.LagConfig{History: 20, Window: 3, StopAfter: time.Hour})
		for i := range 12 {
			var parts []model.PartitionStat
			highs, one, two := map[model.TP]int64{}, map[model.TP]int64{}, map[model.TP]int64{}
			for _, tp := range laundry {
				high := int64(700 + 40*i + 9*tp.Partition)
				parts = append(parts, model.PartitionStat{Topic: tp.Topic, Partition: tp.Partition, High: high})
				highs[tp], one[tp] = high, int64(14+i+100*(tp.Partition/4)) // m3's offsets a digit longer than m1's and m2's
			}
			for _, tp := range riders {
				high := int64(200 + 50*i)
				parts = append(parts, model.PartitionStat{Topic: tp.Topic, Partition: tp.Partition, High: high})
				highs[tp] = high
			}
			two[riders[0]] = int64(85 + 45*i)
			member := func(n, port string, tps []model.TP) model.MemberStat {
				return model.MemberStat{ID: n + "-x", ClientID: n, Host: "127.0.0.1:" + port, Assigned: tps}
			}
			g := []model.GroupStat{
				{ID: "washboard-demo-1", State: "Stable", Protocol: "consumer", Assignor: "range", Members: 3, Detail: []model.MemberStat{
					member("washboard-demo-1-m1", "35254", laundry[0:2]), member("washboard-demo-1-m2", "35358", laundry[2:4]),
					member("washboard-demo-1-m3", "35502", laundry[4:6])}},
				{ID: "washboard-demo-2", State: "Stable", Protocol: "consumer", Assignor: "range", Members: 1, Detail: []model.MemberStat{
					member("washboard-demo-2-m1", "49376", riders)}},
			}
			committed := []model.Committed{{Group: "washboard-demo-1", Offsets: one}, {Group: "washboard-demo-2", Offsets: two}}
			st.Lag.Observe(fixedNow.Add(time.Duration(i-11)*time.Second), parts, highs, g, committed)
			st.Partitions, st.Groups = parts, g
		}
		for i, e := range []struct{ group, detail string }{
			{"washboard-demo-1", "joined washboard-demo-1-m1 from 127.0.0.1:35254 with laundry-machine-logs[0,1,2,3,4,5]"},
			{"washboard-demo-2", "joined washboard-demo-2-m1 from 127.0.0.1:49376 with rider-updates[0,1]"},
			{"washboard-demo-1", "joined washboard-demo-1-m2 from 127.0.0.1:35358 with laundry-machine-logs[3,4,5]; washboard-demo-1-m1: laundry-machine-logs[0,1,2,3,4,5] → laundry-machine-logs[0,1,2]"},
			{"washboard-demo-1", "joined washboard-demo-1-m3 from 127.0.0.1:35502 with laundry-machine-logs[4,5]; washboard-demo-1-m1: laundry-machine-logs[0,1,2] → laundry-machine-logs[0,1]; washboard-demo-1-m2: laundry-machine-logs[3,4,5] → laundry-machine-logs[2,3]"},
		} {
			st.Lag.Events.Push(model.Rebalance{At: fixedNow.Add(time.Duration(i-40) * time.Second), Group: e.group, Kind: "rebalance", Detail: "gen " + itoa(i+1) + ": " + e.detail})
		}
	})
	return s
}

// ut42a-8: side by side of the demo's two groups, a column cuts a topic
// one way only, however long its members' offsets (`laundry-…hine-logs/0
// @14` beside `laundry-…ine-logs/4 @109`); and (8a) nothing is cut at all
// where the other column has the rows to put its topic on a line of its
// own and holds only the room of the ages it can show (`washboa…emo-1-m1`
// beside a column whose every line ended in blank cells).
func TestSideViewUT42DemoPair(t *testing.T) {
	for _, sz := range [][2]int{{80, 24}, {200, 50}} {
		name := "groups-side-ut42-" + itoa(sz[0]) + "x" + itoa(sz[1])
		t.Run(name, func(t *testing.T) {
			a := New(&Common{Ctx: context.Background(), Store: ut42Store(), Now: func() time.Time { return fixedNow }, Cluster: Cluster{Name: "x"}})
			a.Update(tea.WindowSizeMsg{Width: sz[0], Height: sz[1]})
			press(a, "5", "g", "space", "space", "enter")
			s := screen(a)
			assertFits(t, s, sz[0], sz[1])
			defer golden(t, name, s)
			cols := sideColumns(s)
			if len(cols) != 2 {
				t.Fatalf("%d columns, want 2:\n%s", len(cols), s)
			}
			for i, col := range cols {
				for _, l := range col {
					if strings.Contains(l, "…") {
						t.Errorf("column %d cuts %q beside rows to spare:\n%s", i, l, s)
					}
				}
				cuts := map[string]bool{}
				for _, l := range col {
					f := strings.Fields(l)
					if len(f) > 0 && strings.Contains(f[0], "…") && strings.Contains(f[0], "/") {
						cuts[f[0][:strings.LastIndex(f[0], "/")]] = true
					}
				}
				if len(cuts) > 1 {
					t.Errorf("column %d cuts one topic %d ways: %v\n%s", i, len(cuts), cuts, s)
				}
			}
		})
	}
}

// ut42a-25: `r` writes each group's reason under its lag, wrapped in its
// column: the columns' widths are judged without the reasons, so showing
// them moves no divider and cuts nothing newly (`r` gave 5 cells of the
// live column to the stopped one, cutting its member ids).
func TestSideViewReasonsKeepWidths(t *testing.T) {
	for _, sz := range [][2]int{{80, 24}, {200, 50}} {
		a := New(&Common{Ctx: context.Background(), Store: ut42Store(), Now: func() time.Time { return fixedNow }, Cluster: Cluster{Name: "x"}})
		a.Update(tea.WindowSizeMsg{Width: sz[0], Height: sz[1]})
		a.c.Store.(*model.Store).Update(func(st *model.State) { // washboard-demo-2 stopped a minute ago, its lag rising; demo-1 seen
			// without commits meanwhile, so both columns have a long reason
			for i := range 6 {
				highs := map[model.TP]int64{}
				for k := range st.Partitions {
					p := &st.Partitions[k]
					if p.Topic == "rider-updates" {
						p.High += 50
					}
					highs[model.TP{Topic: p.Topic, Partition: p.Partition}] = p.High
				}
				st.Groups[1] = model.GroupStat{ID: "washboard-demo-2", State: "Empty", Protocol: "consumer"}
				committed := []model.Committed{{Group: "washboard-demo-1", Offsets: map[model.TP]int64{}}, {Group: "washboard-demo-2", Offsets: map[model.TP]int64{{Topic: "rider-updates", Partition: 0}: 580}}}
				st.Lag.Observe(fixedNow.Add(time.Duration(i+1)*10*time.Second), st.Partitions, highs, st.Groups[:1:1], committed[:1])
				st.Lag.Observe(fixedNow.Add(time.Duration(i+1)*10*time.Second), st.Partitions, highs, st.Groups, committed)
			}
		})
		press(a, "5", "g", "space", "space", "enter")
		before := screen(a)
		press(a, "r")
		after := screen(a)
		assertFits(t, after, sz[0], sz[1])
		wb, wa := sideWidths(sideColumns(before)), sideWidths(sideColumns(after))
		if !strings.Contains(after, "no members") && !strings.Contains(after, "rose") && !strings.Contains(after, "lag") {
			t.Fatalf("%dx%d: no reason shown:\n%s", sz[0], sz[1], after)
		}
		if fmt.Sprint(wb) != fmt.Sprint(wa) {
			t.Errorf("%dx%d: `r` moved the columns from %v to %v:\n%s\n%s", sz[0], sz[1], wb, wa, before, after)
		}
	}
}

// sideWidths are the columns' widths in cells.
func sideWidths(cols [][]string) []int {
	out := make([]int, len(cols))
	for i, c := range cols {
		out[i] = len([]rune(c[0]))
	}
	return out
}
