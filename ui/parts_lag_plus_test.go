package ui

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/washboard/washboard/model"
)

// plusPoll adds poll i to s: washboard-demo-1 is assigned both partitions
// of laundry-machine-logs and has committed on partition 0 only, its lag
// there lag0 + grow*i, so its topic's row reads a floor, `52+`.
func plusPoll(s *model.Store, i int, lag0, grow int64) {
	now := fixedNow.Add(time.Duration(i) * time.Second)
	tp0, tp1 := model.TP{Topic: "laundry-machine-logs", Partition: 0}, model.TP{Topic: "laundry-machine-logs", Partition: 1}
	s.Update(func(st *model.State) {
		st.Link = model.Link{Cluster: "kafka:9092", State: model.LinkConnected, PolledAt: now, AnsweredAt: now}
		if st.Lag == nil {
			st.Lag = model.NewLags(model.LagConfig{History: 600, Window: 30, StopAfter: time.Hour})
		}
		h := 500 + 10*int64(i)
		parts := []model.PartitionStat{{Topic: tp0.Topic, Partition: 0, Leader: 1, High: h, Rate: 10}, {Topic: tp1.Topic, Partition: 1, Leader: 2, High: h, Rate: 10}}
		gs := []model.GroupStat{{ID: "washboard-demo-1", State: "Stable", Protocol: "consumer", Assignor: "range", Members: 1,
			Detail: []model.MemberStat{{ID: "m1", ClientID: "washboard-demo-1", Host: "/10.0.0.1", Assigned: []model.TP{tp0, tp1}}}}}
		committed := []model.Committed{{Group: "washboard-demo-1", Offsets: map[model.TP]int64{tp0: h - lag0 - grow*int64(i)}}}
		st.Lag.Observe(now, parts, map[model.TP]int64{tp0: h, tp1: h}, gs, committed)
		st.Topics = []string{tp0.Topic}
		st.Partitions, st.Groups = parts, gs
		st.TopicStats = []model.TopicStat{{Name: tp0.Topic, Partitions: 2, Replication: 3}}
		model.SumTopics(st.TopicStats, st.Partitions)
	})
}

// ut37-4: Partitions zoomed at 80x24 re-laid out as a floor lag gained a
// digit, `52+` to `134+` (commit became committed, lag history history,
// lag, rate, health, behind and eta 3 cells to the right): the lag was
// held to its group of three digits with its `+` counted as a digit, so
// `52+` held 3 cells and `134+` 7. Held at `999+` (heldLag), a floor lag
// from 59+ to 192+ moves no column and changes no heading, in Partitions
// and in the Groups list, grid and zoomed, at 80x24 and 200x50; but for
// the Groups grid at 80x24, whose names are cut and so get the held cells
// no lag uses (ut28b V8, as the README says).
func TestListsHoldAsAFloorLagGainsADigit(t *testing.T) {
	t.Parallel() // holds no shared state: its own stores and apps
	for _, tc := range []struct {
		pane, box string
		size      [2]int
		zoom      bool
	}{
		{"4", "─ 4 Partitions", [2]int{80, 24}, false}, {"4", "─ 4 Partitions", [2]int{80, 24}, true},
		{"4", "─ 4 Partitions", [2]int{200, 50}, false}, {"4", "─ 4 Partitions", [2]int{200, 50}, true},
		{"5", "─ 5 Groups", [2]int{80, 24}, true},
		{"5", "─ 5 Groups", [2]int{200, 50}, false}, {"5", "─ 5 Groups", [2]int{200, 50}, true},
	} {
		name := fmt.Sprintf("%s %dx%d zoom=%v", tc.box, tc.size[0], tc.size[1], tc.zoom)
		s := model.NewStore(nil, model.DefaultLimits())
		plusPoll(s, 0, 52, 7)
		a := demoApp(t, s, tc.size[0], tc.size[1])
		press(a, tc.pane)
		if tc.zoom {
			press(a, "z")
		}
		var heading string
		var lags []string
		for i := 1; i <= 20; i++ { // 59+ to 192+
			plusPoll(s, i, 52, 7)
			a.version = s.Version()
			box := paneBox(a, tc.box)
			if len(box) < 3 {
				t.Fatalf("%s: no box:\n%s", name, screen(a))
			}
			if heading == "" {
				heading = box[1]
			}
			for _, l := range box { // the floor: on the group's row of its topic, or of the list
				if f := strings.Fields(strings.Trim(l, "│")); strings.Contains(l, "washboard-demo-1") && !strings.Contains(l, "  ↳") {
					for _, c := range f {
						if strings.HasSuffix(c, "+") {
							lags = append(lags, c)
						}
					}
				}
			}
			if box[1] != heading {
				t.Errorf("%s poll %d: the heading moved as the lag read %v\n%s\nwas\n%s\n%s", name, i, lags, box[1], heading, strings.Join(box, "\n"))
				break
			}
		}
		if len(lags) < 2 || len(lags[0]) == len(lags[len(lags)-1]) {
			t.Errorf("%s: the group's lag read %v, want a floor gaining a digit", name, lags)
		}
	}
}
