package ui

import (
	"strings"
	"testing"
	"time"

	"github.com/washboard/washboard/model"
)

// A group's lag that gains a digit (9,750 to 10,250) moves no column
// where the names are whole: the lag column is held at its digit
// group's width, as Partitions holds it (ut24a P25). Where a name is
// cut, the held cells no row uses go to the name first (ut28b V8: names
// cut by 5-21 cells while the lag held 2-3 blank cells), so there the
// lag column is as wide as its widest lag.
func TestGroupsLagGainingADigitMovesNoColumn(t *testing.T) {
	tp := model.TP{Topic: "card-authorisation-decisions", Partition: 0}
	names := []string{"card-authorisation-decisions-fraud-analytics-consumer-group-live", "billing"}
	var gs []model.GroupStat
	for _, n := range names {
		gs = append(gs, model.GroupStat{ID: n, State: "Stable", Members: 1, Detail: []model.MemberStat{{ID: "m", ClientID: "c", Assigned: []model.TP{tp}}}})
	}
	for _, size := range [][2]int{{200, 50}, {80, 24}} {
		s := model.NewStore(nil, model.DefaultLimits())
		poll := func(i int, lag int64) {
			pollGroupsAt(s, i, tp, 20000, gs, []model.Committed{
				{Group: names[0], Offsets: map[model.TP]int64{tp: 20000 - lag}}, {Group: names[1], Offsets: map[model.TP]int64{tp: 20000}}})
		}
		poll(0, 9750)
		a := realApp(t, s, size[0], size[1])
		press(a, "5", "z")
		rowOf := func() string {
			for _, l := range strings.Split(screen(a), "\n") {
				if strings.Contains(l, "card-") {
					return l
				}
			}
			return ""
		}
		before := rowOf()
		if size[0] == 80 { // the name cut: "9,750" then one space before the health
			if !strings.Contains(before, " 9,750 NEW") || !strings.Contains(before, "…") {
				t.Fatalf("80x24: a cut name and the lag column holding cells no row uses:\n%s", screen(a))
			}
			continue
		}
		for i, lag := range []int64{9900, 10250, 10400} {
			poll(i+1, lag)
			a.Update(changedMsg{version: s.Version()})
			got := rowOf()
			if before == "" || strings.Index(got, "NEW") != strings.Index(before, "NEW") && strings.Index(got, "OK") != strings.Index(before, "NEW") {
				t.Fatalf("lag %d: the health moved:\n%s\n%s", lag, before, got)
			}
		}
	}
}

// pollGroupsAt publishes poll i (fixedNow + i s) of one partition tp at
// high watermark high, groups gs and their committed offsets cs, folded
// into the store's lag state (made on the first poll).
func pollGroupsAt(s *model.Store, i int, tp model.TP, high int64, gs []model.GroupStat, cs []model.Committed) {
	s.Update(func(st *model.State) {
		if st.Lag == nil {
			st.Lag = model.NewLags(model.LagConfig{History: 20, Window: 3, StopAfter: time.Hour})
		}
		at := fixedNow.Add(time.Duration(i) * time.Second)
		st.Link = model.Link{State: model.LinkConnected, PolledAt: at, AnsweredAt: at}
		parts := []model.PartitionStat{{Topic: tp.Topic, Partition: tp.Partition, High: high}}
		st.Partitions, st.Groups = parts, gs
		st.Lag.Observe(at, parts, map[model.TP]int64{tp: high}, gs, cs)
	})
}

// Where names are cut (80x24), a lag that drains and grows again with
// each burst (1,250, 0, 980, 12, 1,100, 0) moves no name: the lag
// column keeps the session's widest lag (closing-s7 "Lists": the column
// was as wide as the widest lag now, so each burst cut the names two
// cells further and each drain gave them back).
func TestGroupsLagColumnHeldOverPolls(t *testing.T) {
	tp := model.TP{Topic: "card-authorisation-decisions", Partition: 0}
	names := []string{"card-authorisation-decisions-fraud-analytics-consumer-group-live", "billing"}
	var gs []model.GroupStat
	for _, n := range names {
		gs = append(gs, model.GroupStat{ID: n, State: "Stable", Members: 1, Detail: []model.MemberStat{{ID: "m", ClientID: "c", Assigned: []model.TP{tp}}}})
	}
	for _, zoom := range []bool{false, true} {
		s := model.NewStore(nil, model.DefaultLimits())
		poll := func(i int, lag int64) {
			pollGroupsAt(s, i, tp, 20000, gs, []model.Committed{
				{Group: names[0], Offsets: map[model.TP]int64{tp: 20000 - lag}}, {Group: names[1], Offsets: map[model.TP]int64{tp: 20000}}})
		}
		poll(0, 1250)
		a := realApp(t, s, 80, 24)
		keys := []string{"5"}
		if zoom {
			keys = append(keys, "z")
		}
		press(a, keys...)
		nameOf := func() string {
			for _, l := range boxRows(t, screen(a), "5 Groups") {
				if i := strings.Index(l, "card-"); i >= 0 {
					return strings.Fields(l[i:])[0]
				}
			}
			return ""
		}
		partsOf := func() string { // the group's rows in the grid's Partitions, beside
			var out []string
			if zoom {
				return ""
			}
			for _, l := range boxRows(t, screen(a), "4 Partitions") {
				if i := strings.Index(l, "↳ card-"); i >= 0 {
					out = append(out, strings.Fields(l[i+len("↳ "):])[0])
				}
			}
			return strings.Join(out, " ")
		}
		first, firstParts := nameOf(), partsOf()
		if !strings.Contains(first, "…") || !zoom && !strings.Contains(firstParts, "…") {
			t.Fatalf("zoom %v: the name is not cut, nothing to hold:\n%s", zoom, screen(a))
		}
		for i, lag := range []int64{0, 980, 12, 1100, 0} {
			poll(i+1, lag)
			a.Update(changedMsg{version: s.Version()})
			if got := nameOf(); got != first {
				t.Fatalf("zoom %v, lag %d: the name moved from %q to %q:\n%s", zoom, lag, first, got, screen(a))
			}
			if got := partsOf(); got != firstParts {
				t.Fatalf("lag %d: Partitions' name moved from %q to %q:\n%s", lag, firstParts, got, screen(a))
			}
		}
	}
}
