package ui

import (
	"strings"
	"testing"
	"time"

	"github.com/washboard/washboard/model"
)

// emptyFloorStore is a live group assigned the 4 partitions of a topic
// whose keys land on 2 of them: it committed where it read, and the
// other two hold nothing, or (withRecords) one of them holds 5 records.
func emptyFloorStore(withRecords bool) *model.Store {
	s := model.NewStore(nil, model.DefaultLimits())
	var parts []model.PartitionStat
	var tps []model.TP
	for p := range 4 {
		parts = append(parts, model.PartitionStat{Topic: "settlement-events", Partition: p})
		tps = append(tps, model.TP{Topic: "settlement-events", Partition: p})
	}
	s.Update(func(st *model.State) {
		st.Link = model.Link{State: model.LinkConnected, PollTook: time.Millisecond, PollRequests: 4}
		st.Lag = model.NewLags(model.LagConfig{History: 20, Window: 3, StopAfter: time.Hour})
		for i := range 5 {
			highs := map[model.TP]int64{tps[0]: 40, tps[1]: 30, tps[2]: 0, tps[3]: 0}
			if withRecords {
				highs[tps[3]] = 5
			}
			for j := range parts {
				parts[j].High = highs[tps[j]]
			}
			groups := []model.GroupStat{{ID: "settlement-live", State: "Stable", Protocol: "consumer", Assignor: "range", Members: 1,
				Detail: []model.MemberStat{{ID: "m-1", ClientID: "rdkafka", Host: "127.0.0.1:40000", Assigned: tps}}}}
			committed := []model.Committed{{Group: "settlement-live", Offsets: map[model.TP]int64{tps[0]: 38, tps[1]: 29}}}
			st.Lag.SetLogStarts(map[model.TP]int64{tps[0]: 0, tps[1]: 0, tps[2]: 0, tps[3]: 0})
			st.Lag.Observe(fixedNow.Add(time.Duration(i-4)*time.Second), parts, highs, groups, committed)
			st.Partitions, st.Groups = parts, groups
		}
	})
	return s
}

// ut30 X6: a consumer commits only where it read a record, so a group
// assigned empty partitions read `9+` and "(6 partitions not committed)"
// where there was nothing to lag. An empty log makes no floor in Groups,
// side by side or Partitions; a partition with records and no commit
// still does.
func TestEmptyPartitionsMakeNoLagFloor(t *testing.T) {
	for _, c := range []struct {
		withRecords bool
		floor       bool
	}{{false, false}, {true, true}} {
		a := demoApp(t, emptyFloorStore(c.withRecords), 120, 40)
		press(a, "5", "z")
		list := screen(a)
		press(a, "space", "enter")
		side := screen(a)
		press(a, "esc", "4", "z")
		partitions := screen(a)
		for name, sc := range map[string]string{"Groups": list, "side by side": side, "Partitions": partitions} {
			if got := strings.Contains(sc, "3+") || strings.Contains(sc, "not committed"); got != c.floor {
				t.Errorf("records on an uncommitted partition %v: %s shows a floor %v, want %v:\n%s", c.withRecords, name, got, c.floor, sc)
			}
		}
	}
}
