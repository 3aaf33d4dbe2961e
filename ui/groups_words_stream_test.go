package ui

import (
	"fmt"
	"strings"
	"testing"

	"github.com/washboard/washboard/model"
)

// ut43a-8, ut43a-12, ut43b-2: zoomed Groups showed several column sets
// within minutes while the user only watched: `type`, `assign`, `gen`
// and `state` came and went, the names cut and whole again. The word
// columns were dropped while the groups' words were alike and held for
// a minute once they were not, and one poll of `CompletingRebalance`
// widened `state`. Now which columns show depends on the box only: five
// minutes of polls, groups rebalancing through every state, members
// joining and leaving, generations rising, a group emptying and coming
// back, three assignors, a KIP-848 `consumer` group beside classic
// ones, draw one heading from the first frame to the last.
func TestGroupsColumnsStayWhileGroupsChange(t *testing.T) {
	tp := model.TP{Topic: "orders", Partition: 0}
	for _, size := range []struct {
		w, h  int
		keys  []string
		words []string // the word columns this box holds
	}{
		{80, 24, []string{"5", "z"}, []string{"state", "assign", "gen"}},
		{80, 24, []string{"5"}, nil},
		{200, 50, []string{"5", "z"}, []string{"type", "state", "assign", "gen"}},
		{200, 50, []string{"5"}, []string{"type", "state", "assign", "gen"}},
	} {
		what := fmt.Sprintf("%dx%d %v", size.w, size.h, size.keys)
		s := model.NewStore(nil, model.DefaultLimits())
		poll := func(i int) { pollChangingGroups(s, i, tp) }
		poll(0)
		a := realApp(t, s, size.w, size.h)
		press(a, size.keys...)
		first := groupsListHeading(a)
		for _, w := range size.words {
			if !strings.Contains(first, " "+w+" ") {
				t.Errorf("%s: no `%s` column though the box holds it:\n%s", what, w, screen(a))
			}
		}
		seen := map[string]bool{}
		eachGroupsHeading(t, what, a, s, 300, poll, func(i int, h string) {
			seen[groupsStateAt(i)] = true
			if h != first {
				t.Fatalf("%s poll %d: the columns moved while only the groups' values changed:\npoll 0:  %q\npoll %d: %q\n%s",
					what, i, first, i, h, screen(a))
			}
		})
		if len(seen) < 4 {
			t.Fatalf("%s: the stream went through %d states, want every rebalance state", what, len(seen))
		}
	}
}

// groupsStateAt is the rebalancing group's state at poll i: Stable, then
// a rebalance of a poll each of PreparingRebalance and
// CompletingRebalance every 23 polls, Empty for a while every 97.
func groupsStateAt(i int) string {
	switch {
	case i%97 >= 80:
		return "Empty"
	case i%23 == 10:
		return "PreparingRebalance"
	case i%23 == 11:
		return "CompletingRebalance"
	}
	return "Stable"
}

// pollChangingGroups is poll i (a second each) of a cluster whose groups
// change as a cluster's do: a classic group rebalancing through every
// state on range, another on roundrobin whose members join and leave, a
// third on cooperative-sticky, a KIP-848 `consumer` group whose epoch
// rises and that reconciles now and then, and one that stays Empty. Every
// lag stays under 1,000: a lag gaining a digit group is another rule's
// (TestGroupsLagColumnHeldOverPolls).
func pollChangingGroups(s *model.Store, i int, tp model.TP) {
	high := 10000 + int64(i)*10
	member := func(id string) model.MemberStat {
		return model.MemberStat{ID: id, ClientID: id, Assigned: []model.TP{tp}}
	}
	rebalancing := model.GroupStat{ID: "orders-fulfilment-warehouse-consumer-region-emea-01", Type: "classic",
		State: groupsStateAt(i), Assignor: "range", Members: 2, Detail: []model.MemberStat{member("a"), member("b")}}
	switch rebalancing.State {
	case "PreparingRebalance", "CompletingRebalance":
		rebalancing.Assignor = ""
	case "Empty":
		rebalancing.Assignor, rebalancing.Members, rebalancing.Detail = "", 0, nil
	}
	joining := model.GroupStat{ID: "billing-ledger-replay-november-run", Type: "classic", State: "Stable",
		Assignor: "roundrobin", Members: 1 + i/17%3}
	for m := range joining.Members {
		joining.Detail = append(joining.Detail, member(fmt.Sprint("m", m)))
	}
	coop := model.GroupStat{ID: "fraud-detection-realtime-scoring", Type: "classic", State: "Stable",
		Assignor: "cooperative-sticky", Members: 1, Detail: []model.MemberStat{member("f")}}
	next := model.GroupStat{ID: "payments-settlement-kip848-consumers", Type: "consumer", Protocol: "consumer",
		State: "Stable", Assignor: "uniform", Epoch: int32(3 + i/7), Members: 1 + i/31%2}
	if i%7 == 0 {
		next.State = "Reconciling"
	}
	for m := range next.Members {
		next.Detail = append(next.Detail, member(fmt.Sprint("k", m)))
	}
	idle := model.GroupStat{ID: "analytics-batch-export-archive", Type: "classic", State: "Empty"}
	gs := []model.GroupStat{rebalancing, joining, coop, next, idle}
	var cs []model.Committed
	for j, g := range gs {
		cs = append(cs, model.Committed{Group: g.ID, Offsets: map[model.TP]int64{tp: high - 100 - int64((i*37+j*101)%800)}})
	}
	pollGroupsAt(s, i, tp, high, gs, cs)
}
