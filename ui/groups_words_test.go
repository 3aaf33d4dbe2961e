package ui

import (
	"strings"
	"testing"

	"github.com/washboard/washboard/model"
)

// ut25a Q14: after a one-second rebalance the state column kept the 19
// cells of `CompletingRebalance` while every row read `Stable`, cutting
// every name beside 13 blank cells, then moved twice. Since s30 the
// state column has a fixed width, the long rebalance states shortened
// in the cell (`Completing…`), and an assignor wider than its column's
// floor widens it for as long as the box keeps its width: the polls
// before, during and after a rebalance draw the same heading and names.
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
		shown     string          // the state as its cell writes it
	}{
		{"state 80x24 zoomed", 80, 24, []string{"5", "z"}, model.GroupStat{State: "CompletingRebalance", Assignor: "range"}, "Completing…"},
		{"state 200x50", 200, 50, []string{"5"}, model.GroupStat{State: "CompletingRebalance", Assignor: "range"}, "Completing…"},
		{"state 200x50 zoomed", 200, 50, []string{"5", "z"}, model.GroupStat{State: "PreparingRebalance", Assignor: "range"}, "Preparing…"},
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
			poll(63, false)
			a := realApp(t, s, tt.w, tt.h)
			press(a, tt.keys...)
			before := screen(a)
			poll(64, true)
			a.Update(changedMsg{version: s.Version()})
			during := screen(a)
			poll(125, false)
			a.Update(changedMsg{version: s.Version()})
			after := screen(a)
			// the Groups box's heading and each group's row as far as its name
			list := func(screen string) (out []string) {
				for _, l := range strings.Split(screen, "\n") {
					if i := strings.LastIndex(l, "││"); i >= 0 { // Groups is the right-hand box: Partitions' group rows name the groups too
						l = l[i:]
					}
					f := strings.Fields(strings.Trim(l, "│"))
					switch {
					case strings.Contains(l, "-of-a-long-series"):
						out = append(out, f[0])
					case len(f) > 0 && f[0] == "group" && strings.Contains(l, "health"):
						out = append(out, l)
					}
				}
				return out
			}
			b, d, af := list(before), list(during), list(after)
			if len(b) != len(names)+1 || strings.Join(b, "\n") != strings.Join(d, "\n") || strings.Join(b, "\n") != strings.Join(af, "\n") {
				t.Errorf("the polls before, during and after the rebalance do not draw the same names and heading:\nbefore: %q\nduring: %q\nafter:  %q\n%s\n%s", b, d, af, during, after)
			}
			if !strings.Contains(during, tt.shown) {
				t.Errorf("the rebalance's state not shown as %q while it lasts:\n%s", tt.shown, during)
			}
		})
	}
}

// ut38b-2: Groups zoomed at 80x24, the `assign` and `gen` columns came
// and went between frames as another group rejoined, and the names were
// cut, whole and cut elsewhere with them: listPlain judged the word
// columns afresh at every poll. Data flapping at every poll (an assignor
// or a state that tells one group apart every other poll) draws one
// column set, the names cut at one place, from the first frame (since
// s30 no word column is judged on its words: groups_words.go).
func TestGroupsWordColumnsHoldWhileDataFlaps(t *testing.T) {
	tp := model.TP{Topic: "payments", Partition: 0}
	names := []string{
		"billing-settlement-reconciliation-service",
		"audit-log-archiver",
		"inventory-projector",
	}
	tests := []struct {
		name string
		w, h int
		keys []string
		flap func(g *model.GroupStat) // what an odd poll changes of names[1]
	}{
		{"assignor 80x24 zoomed", 80, 24, []string{"5", "z"}, func(g *model.GroupStat) { g.Assignor = "cooperative-sticky" }},
		{"state 80x24 zoomed", 80, 24, []string{"5", "z"}, func(g *model.GroupStat) { g.State = "PreparingRebalance" }},
		{"assignor 200x50", 200, 50, []string{"5"}, func(g *model.GroupStat) { g.Assignor = "cooperative-sticky" }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := model.NewStore(nil, model.DefaultLimits())
			poll := func(i int) {
				var gs []model.GroupStat
				var cs []model.Committed
				for j, n := range names {
					g := model.GroupStat{ID: n, State: "Stable", Assignor: "range", Members: 1,
						Detail: []model.MemberStat{{ID: "m", ClientID: "c", Assigned: []model.TP{tp}}}}
					if j == 1 && i%2 == 1 {
						tt.flap(&g)
					}
					gs = append(gs, g)
					cs = append(cs, model.Committed{Group: n, Offsets: map[model.TP]int64{tp: 990 - int64(j)}})
				}
				pollGroupsAt(s, i, tp, 1000, gs, cs)
			}
			poll(0)
			a := realApp(t, s, tt.w, tt.h)
			press(a, tt.keys...)
			// the heading and each group's row as far as its name
			layout := func(screen string) (out []string) {
				for _, l := range strings.Split(screen, "\n") {
					if i := strings.LastIndex(l, "││"); i >= 0 { // Groups is the right-hand box
						l = l[i:]
					}
					for _, n := range names {
						if i := strings.LastIndex(l, n[:10]); i >= 0 {
							out = append(out, strings.Fields(l[i:])[0])
						}
					}
					if i := strings.LastIndex(l, "group "); i >= 0 && strings.Contains(l, "health") && strings.Contains(l, "│") {
						out = append(out, l[i:])
					}
				}
				return out
			}
			var first []string
			for i := 1; i <= 40; i++ {
				poll(i)
				a.Update(changedMsg{version: s.Version()})
				got := layout(screen(a))
				if len(got) != len(names)+1 {
					t.Fatalf("poll %d: heading and %d rows not found: %q\n%s", i, len(names), got, screen(a))
				}
				if first == nil {
					first = got
					continue
				}
				if strings.Join(got, "\n") != strings.Join(first, "\n") {
					t.Fatalf("poll %d draws another column set than poll 1:\npoll 1: %q\npoll %d: %q\n%s", i, first, i, got, screen(a))
				}
			}
		})
	}
}
