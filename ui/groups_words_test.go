package ui

import (
	"strings"
	"testing"
	"time"

	"github.com/washboard/washboard/model"
)

// ut25a Q14: after a one-second rebalance the state column kept the 19
// cells of `CompletingRebalance` while every row read `Stable`, cutting
// every name beside 13 blank cells, then moved twice. A word column (type,
// state, assignor) is as wide as the words the list shows now: the poll
// after the rebalance draws the list as the poll before it did, and the
// poll of the rebalance cuts names only for a row that shows the word.
// Since ut38b-2 the column and its width are held; since ut41-5 while
// the box's width is unchanged, given back after wordHold only to a name
// they would cut: the test reads the list past the hold. Where the names
// are whole (200x50) the heading keeps the held cells (ut41-5: headings
// that lengthen a minute later, nothing else changed, are a move), so
// there only the names are compared.
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
		namesOnly bool            // the heading may keep the held cells (ut41-5)
	}{
		{"state 80x24 zoomed", 80, 24, []string{"5", "z"}, model.GroupStat{State: "CompletingRebalance", Assignor: "range"}, false},
		{"state 200x50", 200, 50, []string{"5"}, model.GroupStat{State: "CompletingRebalance", Assignor: "range"}, true},
		{"assignor 80x24 zoomed", 80, 24, []string{"5", "z"}, model.GroupStat{State: "Stable", Assignor: "cooperative-sticky-with-a-long-name"}, false},
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
			// A word column is held wordHold after it last told the
			// groups apart (ut38b-2): before is past the first
			// rebalance's hold, after past the second's.
			past := int(wordHold/time.Second) + 1
			poll(0, false)
			poll(1, true)
			poll(2, false)
			poll(2+past, false)
			a := realApp(t, s, tt.w, tt.h)
			press(a, tt.keys...)
			before := screen(a)
			poll(3+past, true)
			a.Update(changedMsg{version: s.Version()})
			during := screen(a)
			poll(3+2*past, false)
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
					if i := strings.LastIndex(l, "group "); i >= 0 && strings.Contains(l, "health") && strings.Contains(l, "│") && !tt.namesOnly {
						out = append(out, l[i:])
					}
				}
				return out
			}
			rows := len(names) + 1
			if tt.namesOnly {
				rows = len(names)
			}
			if b, a := list(before), list(after); strings.Join(b, "\n") != strings.Join(a, "\n") || len(b) != rows {
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

// ut38b-2: Groups zoomed at 80x24, the `assign` and `gen` columns came
// and went between frames as another group rejoined, and the names were
// cut, whole and cut elsewhere with them: listPlain judged the word
// columns afresh at every poll. Data flapping at every poll (an assignor
// or a state that tells one group apart every other poll) draws one
// column set, the names cut at one place, once the first flap has come
// and gone (wordHold).
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
			for i := 1; i <= 40; i++ { // 40 s: within wordHold of the last flap
				poll(i)
				a.Update(changedMsg{version: s.Version()})
				got := layout(screen(a))
				if len(got) != len(names)+1 {
					t.Fatalf("poll %d: heading and %d rows not found: %q\n%s", i, len(names), got, screen(a))
				}
				if i < 2 { // a settled rebalance bumps the counted generation: gen comes once, and stays
					continue
				}
				if first == nil {
					first = got
					continue
				}
				if strings.Join(got, "\n") != strings.Join(first, "\n") {
					t.Fatalf("poll %d draws another column set than poll 2:\npoll 2: %q\npoll %d: %q\n%s", i, first, i, got, screen(a))
				}
			}
		})
	}
}
