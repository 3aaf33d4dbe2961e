package ui

import (
	"fmt"
	"strings"
	"testing"

	"github.com/washboard/washboard/model"
)

// ut40a-21, ut41-5: Groups zoomed at 80x24 with `r`, three demo groups,
// one stopped: the `type` column went, `mbrs` became `members` and every
// column from `state` on moved 8 cells a minute after the last change,
// nothing on the screen having changed: the word columns' hold expired.
// Since s30 the word columns are judged on the box alone
// (groups_words.go): from the first frame to the last, through the stop
// and the rebalance, every frame draws the same heading.
func TestGroupsWordColumnsStayOverAStateChange(t *testing.T) {
	tp := model.TP{Topic: "laundry-machine-logs", Partition: 0}
	names := []string{"washboard-demo-1", "washboard-demo-2", "washboard-demo-3"}
	for _, size := range []struct {
		w, h int
		keys []string
	}{
		{80, 24, []string{"5", "z", "r"}},
		{200, 50, []string{"5"}},
	} {
		s := model.NewStore(nil, model.DefaultLimits())
		poll := func(i int) {
			pollWordGroups(s, i, tp, 1000+int64(i), names, func(j int) string {
				switch {
				case j == 0 && i == 6: // a member joins: one poll of rebalance
					return "CompletingRebalance"
				case j == 2 && i >= 4: // stopped (`x`)
					return "Empty"
				}
				return "Stable"
			}, func(j int) int64 { return 900 + int64(i) - int64(j*50) })
		}
		poll(0)
		a := realApp(t, s, size.w, size.h)
		press(a, size.keys...)
		settled := groupsListHeading(a)
		eachGroupsHeading(t, fmt.Sprintf("%dx%d", size.w, size.h), a, s, 150, poll, func(i int, h string) {
			if h != settled {
				t.Fatalf("%dx%d poll %d: the columns moved as a group stopped or rebalanced:\npoll 0: %q\npoll %d: %q\n%s",
					size.w, size.h, i, settled, i, h, screen(a))
			}
		})
	}
}

// eachGroupsHeading polls (poll) n times from poll 1, a frame drawn after
// each, and gives see each poll's Groups heading (groupsListHeading),
// failing (with what, the size) where a frame has none.
func eachGroupsHeading(t *testing.T, what string, a *App, s *model.Store, n int, poll func(i int), see func(i int, h string)) {
	t.Helper()
	for i := 1; i <= n; i++ {
		poll(i)
		a.Update(changedMsg{version: s.Version()})
		h := groupsListHeading(a)
		if h == "" {
			t.Fatalf("%s poll %d: no heading:\n%s", what, i, screen(a))
		}
		see(i, h)
	}
}

// groupsListHeading is the Groups list's heading line on a's screen (the
// right-hand box's where boxes stand side by side), or "".
func groupsListHeading(a *App) string {
	for _, l := range strings.Split(screen(a), "\n") {
		if i := strings.LastIndex(l, "││"); i >= 0 { // Groups is the right-hand box
			l = l[i:]
		}
		if strings.Contains(l, "group ") && strings.Contains(l, "health") {
			return l
		}
	}
	return ""
}

// pollWordGroups is poll i of the classic groups names on the range
// assignor, each of one member reading tp (its end offset high): state
// says group j's state at this poll, "" for a group not there yet;
// CompletingRebalance (a member joins) has no assignor yet, Empty
// (stopped) no member. commit is group j's committed offset on tp.
func pollWordGroups(s *model.Store, i int, tp model.TP, high int64, names []string, state func(j int) string, commit func(j int) int64) {
	var gs []model.GroupStat
	var cs []model.Committed
	for j, n := range names {
		g := model.GroupStat{ID: n, State: state(j), Assignor: "range", Members: 1, Type: "classic",
			Detail: []model.MemberStat{{ID: n + "-m1", ClientID: n + "-m1", Assigned: []model.TP{tp}}}}
		switch g.State {
		case "":
			continue
		case "CompletingRebalance":
			g.Assignor = ""
		case "Empty":
			g.Assignor, g.Members, g.Detail = "", 0, nil
		}
		gs = append(gs, g)
		cs = append(cs, model.Committed{Group: n, Offsets: map[model.TP]int64{tp: commit(j)}})
	}
	pollGroupsAt(s, i, tp, high, gs, cs)
}
