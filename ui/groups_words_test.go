package ui

import (
	"strings"
	"testing"

	"github.com/washboard/washboard/model"
)

// ut25a Q14: after a one-second rebalance the state column kept the 19
// cells of `CompletingRebalance` while every row read `Stable`, cutting
// every name beside 13 blank cells, then moved twice. A word column (type,
// state, assignor) is as wide as the words the list shows now: the poll
// after the rebalance draws the list as the poll before it did, and the
// poll of the rebalance cuts names only for a row that shows the word.
func TestGroupsWordColumnsGiveTheirCellsBack(t *testing.T) {
	tp := model.TP{Topic: "payments", Partition: 0}
	names := []string{
		"ut25a-settlement-consumer-number-11-of-a-long-series",
		"ut25a-settlement-consumer-number-12-of-a-long-series",
		"ut25a-settlement-consumer-number-13-of-a-long-series",
		"ut25a-settlement-consumer-number-14-of-a-long-series", // Empty: the state tells the groups apart
	}
	tests := []struct {
		name      string
		w, h      int
		keys      []string
		rebalance model.GroupStat // what the rebalance changes of names[1]
	}{
		{"state 80x24 zoomed", 80, 24, []string{"5", "z"}, model.GroupStat{State: "CompletingRebalance", Assignor: "range"}},
		{"state 200x50", 200, 50, []string{"5"}, model.GroupStat{State: "CompletingRebalance", Assignor: "range"}},
		{"assignor 80x24 zoomed", 80, 24, []string{"5", "z"}, model.GroupStat{State: "Stable", Assignor: "cooperative-sticky-with-a-long-name"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := model.NewStore(nil, model.DefaultLimits())
			poll := func(i int, rebalancing bool) {
				var gs []model.GroupStat
				for j, n := range names {
					g := model.GroupStat{ID: n, State: "Stable", Assignor: "range", Members: 1,
						Detail: []model.MemberStat{{ID: "m", ClientID: "c", Assigned: []model.TP{tp}}}}
					if j == 3 {
						g.State, g.Assignor, g.Members, g.Detail = "Empty", "", 0, nil
					}
					if rebalancing && j == 1 {
						g.State, g.Assignor = tt.rebalance.State, tt.rebalance.Assignor
					}
					gs = append(gs, g)
				}
				var cs []model.Committed
				for j, n := range names {
					cs = append(cs, model.Committed{Group: n, Offsets: map[model.TP]int64{tp: 990 - int64(j)}})
				}
				pollGroupsAt(s, i, tp, 1000, gs, cs)
			}
			// a rebalance before too: each settled one bumps the counted
			// generation, so the gen column says the same width before and after
			poll(0, false)
			poll(1, true)
			poll(2, false)
			a := realApp(t, s, tt.w, tt.h)
			press(a, tt.keys...)
			before := screen(a)
			poll(3, true)
			a.Update(changedMsg{version: s.Version()})
			during := screen(a)
			poll(4, false)
			a.Update(changedMsg{version: s.Version()})
			after := screen(a)
			// each group's row as far as its name, and the heading
			list := func(screen string) (out []string) {
				for _, l := range strings.Split(screen, "\n") {
					if i := strings.LastIndex(l, "││"); i >= 0 { // Groups is the right-hand box: Partitions' group rows name the groups too
						l = l[i:]
					}
					if i := strings.LastIndex(l, "ut25a-settle"); i >= 0 {
						out = append(out, strings.Fields(l[i:])[0])
					}
					if i := strings.LastIndex(l, "group "); i >= 0 && strings.Contains(l, "health") && strings.Contains(l, "│") {
						out = append(out, l[i:])
					}
				}
				return out
			}
			if b, a := list(before), list(after); strings.Join(b, "\n") != strings.Join(a, "\n") || len(b) != len(names)+1 {
				t.Errorf("the poll after the rebalance does not draw the names and heading as before it:\nbefore: %q\nafter:  %q\n%s", b, a, after)
			}
			for _, n := range names {
				if tt.w == 200 && !strings.Contains(after, n) {
					t.Errorf("%s cut at %d columns after the rebalance:\n%s", n, tt.w, after)
				}
			}
			if !strings.Contains(during, "CompletingRebalance") && tt.rebalance.State == "CompletingRebalance" {
				t.Errorf("the rebalance's state not shown whole while it lasts:\n%s", during)
			}
		})
	}
}
