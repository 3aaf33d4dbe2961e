package ui

import (
	"regexp"
	"strings"
	"testing"

	"github.com/washboard/washboard/model"
)

// ut40a-7: the Groups list read NEW (and WARN a frame before) while side
// by side read OK for the same group. Both read the model's one verdict
// per group per poll (GroupLag.Health, copied by snapGroup): over a
// stream of polls with a lag rising, a member joining (a rebalance, the
// committed offset jumping as the partition changes hands) and a lag
// draining, the list's word and side by side's are the same at every
// poll, so a word that differs between them was a later poll's.
func TestGroupsListAndSideSayOneVerdict(t *testing.T) {
	tp := model.TP{Topic: "laundry-machine-logs", Partition: 0}
	names := []string{"washboard-demo-1", "washboard-demo-2"}
	s := model.NewStore(nil, model.DefaultLimits())
	poll := func(i int) {
		high := int64(1000 + 14*i)
		var gs []model.GroupStat
		var cs []model.Committed
		for j, n := range names {
			members := 1
			if j == 0 && i >= 20 { // `+`: a second member
				members = 2
			}
			g := model.GroupStat{ID: n, State: "Stable", Assignor: "range", Members: members}
			for m := range members {
				g.Detail = append(g.Detail, model.MemberStat{ID: n + "-m" + itoa(m+1), ClientID: n + "-m" + itoa(m+1), Assigned: []model.TP{tp}})
			}
			if j == 0 && i == 20 {
				g.State = "CompletingRebalance"
			}
			off := int64(900 + 4*i) // falling behind 10/s
			switch {
			case j == 0 && i >= 20: // the revoking commit, then catching up
				off = min(high, 900+4*20+40+30*int64(i-20))
			case j == 1 && i%7 == 0: // now and then caught up
				off = high
			}
			gs = append(gs, g)
			cs = append(cs, model.Committed{Group: n, Offsets: map[model.TP]int64{tp: off}})
		}
		pollGroupsAt(s, i, tp, high, gs, cs)
	}
	poll(0)
	a := realApp(t, s, 80, 24)
	press(a, "5", "z", "space", "space")
	word := regexp.MustCompile(`^(OK|WARN|NEW|STALL\??|STOP|ERR|-)$`)
	listWords := func() (out []string) {
		for _, n := range names {
			for _, l := range strings.Split(screen(a), "\n") {
				if !strings.Contains(l, n+" ") {
					continue
				}
				for _, f := range strings.Fields(l) {
					if word.MatchString(f) {
						out = append(out, f)
						break
					}
				}
			}
		}
		return out
	}
	sideWords := func() (out []string) {
		for _, l := range strings.Split(screen(a), "\n") {
			for _, col := range strings.Split(l, "│") {
				if f := strings.Fields(col); len(f) >= 3 && f[0] == "lag" {
					out = append(out, f[2])
				}
			}
		}
		return out
	}
	seen := map[string]bool{}
	for i := 1; i <= 60; i++ {
		poll(i)
		a.Update(changedMsg{version: s.Version()})
		list := listWords()
		press(a, "enter")
		side := sideWords()
		press(a, "esc")
		if len(list) != len(names) || strings.Join(list, " ") != strings.Join(side, " ") {
			t.Fatalf("poll %d: the list says %q, side by side %q\n%s", i, list, side, screen(a))
		}
		for _, w := range list {
			seen[w] = true
		}
	}
	if len(seen) < 2 {
		t.Errorf("the stream showed only %v: it should pass through more than one verdict", seen)
	}
	t.Logf("verdicts seen: %v", seen)
}
