package ui

import (
	"strings"
	"testing"

	"github.com/washboard/washboard/model"
)

// demoPairStore is the demo's two groups a few minutes in, as ut39-7
// and ut39-10 saw them: washboard-demo-1 stopped (Empty, 0 members) at
// a lag of 4,450, washboard-demo-2 Stable with 4 members at 3,531,
// polls polls so far of a 20-poll history.
func demoPairStore(polls int) *model.Store {
	return groupPairStore("laundry-machine-logs", polls, 10,
		func(high int64) int64 { return high - 4450 }, func(high int64) int64 { return high - 3531 })
}

// groupPairStore is washboard-demo-1 (Empty) and washboard-demo-2
// (Stable, 4 members) on partition 0 of topic over polls polls, its high
// watermark 10,000 rising by step a poll, each group's committed offset
// at a high watermark as first and second say.
func groupPairStore(topic string, polls int, step int64, first, second func(high int64) int64) *model.Store {
	tp := model.TP{Topic: topic, Partition: 0}
	gs := []model.GroupStat{
		{ID: "washboard-demo-1", State: "Empty", Members: 0},
		{ID: "washboard-demo-2", State: "Stable", Assignor: "range", Members: 4, Detail: []model.MemberStat{{ID: "m", ClientID: "c", Assigned: []model.TP{tp}}}},
	}
	s := model.NewStore(nil, model.DefaultLimits())
	for i := range polls {
		high := 10000 + int64(i)*step
		pollGroupsAt(s, i, tp, high, gs, []model.Committed{
			{Group: gs[0].ID, Offsets: map[model.TP]int64{tp: first(high)}}, {Group: gs[1].ID, Offsets: map[model.TP]int64{tp: second(high)}}})
	}
	return s
}

// The Groups list's headings are whole before cells stand blank: the
// grid at 80x24 wrote `mbrs` with 2 blank cells on every row (ut39-7),
// and at 200x50 `mbrs` beside a lag history wider than its heading
// (ut39-10). A heading is shortened only by the cells the row cannot
// hold, and a lag history gives way to its heading before another
// heading is shortened.
func TestGroupsHeadingsWholeBeforeCellsStandBlank(t *testing.T) {
	for _, tc := range []struct {
		w, h  int
		heads []string // in the heading row
	}{
		// a count's short form (`member` read as one member: ut42a-16);
		// since s30 `mbrs` where the lag's held digit group takes the cells
		// `membrs` would: a heading that changed as the lag gained a digit
		// moved the columns while only values changed (parts_lag_plus_test)
		{80, 24, []string{" mbrs ", " lag ", " health"}},
		{120, 40, []string{" lag ", " health ", " history"}},
		{60, 20, []string{" lag ", " health ", " history"}}, // zoomed: the 200x50 demo grid's 58 cells
	} {
		a := realApp(t, demoPairStore(6), tc.w, tc.h)
		if tc.w == 60 {
			press(a, "5", "z")
		}
		rows := boxRows(t, screen(a), "5 Groups")
		for _, h := range tc.heads {
			if !strings.Contains(rows[0], h) {
				t.Errorf("%dx%d: heading %q not whole:\n%s", tc.w, tc.h, h, strings.Join(rows, "\n"))
			}
		}
		// a short heading: no row leaves the cells its longer form needs
		if strings.Contains(rows[0], " member ") {
			t.Errorf("%dx%d: the members heading cut to `member`, which reads as one member:\n%s", tc.w, tc.h, rows[0])
		}
		for short, more := range map[string]int{" mbrs ": 2, " membrs ": 1, " history": 4} {
			if !strings.Contains(rows[0], short) {
				continue
			}
			for _, r := range rows[:1] {
				if blank := len(r) - len(strings.TrimRight(r, " ")); blank >= more {
					t.Errorf("%dx%d: heading %q beside %d blank cells:\n%s", tc.w, tc.h, short, blank, strings.Join(rows[:3], "\n"))
				}
			}
		}
	}
}
