package ui

import (
	"context"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/washboard/washboard/model"
)

// A group's side view shows that group's rebalance log: its own changes,
// actions on it, and actions on the topics it reads; never another
// group's changes or actions, nor actions on topics it does not read.
func TestSideViewShowsOnlyItsGroupsEvents(t *testing.T) {
	a := lagApp(t, 130, 40, Cluster{Name: "x"}, nil)
	writer(a.c).Update(func(st *model.State) {
		st.Lag.Events.Push(model.Rebalance{At: fixedNow, Group: "billing", Kind: "joined", Detail: "billing-9 from /10.0.0.9"})
		st.LogAction(fixedNow, "local", "billing", "offsets of orders reset to the start")
		st.LogAction(fixedNow, "local", "payments", "payments: 1 → 4 partitions")
		st.LogAction(fixedNow, "local", "audit", "offsets of orders reset to the end")
		st.LogAction(fixedNow, "local", "orders", "orders: 2 → 4 partitions")
	})
	press(a, "5", "z", "enter") // audit alone
	s := screen(a)
	for _, want := range []string{"joined audit-2", "reset to the end", "orders: 2 → 4 partitions"} {
		if !strings.Contains(s, want) {
			t.Errorf("audit's side view lacks its own %q:\n%s", want, s)
		}
	}
	for _, not := range []string{"billing-9", "reset to the start", "payments: 1 → 4"} {
		if strings.Contains(s, not) {
			t.Errorf("audit's side view shows another group's or topic's %q:\n%s", not, s)
		}
	}
}

// What the side view cannot show is counted, never hidden without a word:
// rows of a column below the box say how many more, and a rebalance log
// cut to its newest entries says how many it holds.
func TestSideViewCountsWhatItHides(t *testing.T) {
	a := lagApp(t, 80, 24, Cluster{Name: "x"}, nil)
	a.c.Store.(*model.Store).Fold([]model.Record{{Topic: "orders", Value: []byte(`{}`), Time: fixedNow}}, fixedNow) // a Log with rows: the usual grid
	writer(a.c).Update(func(st *model.State) {
		for i := range 20 {
			st.Lag.Events.Push(model.Rebalance{At: fixedNow, Group: "audit", Kind: "joined", Detail: "audit-" + itoa(i+10) + " from /10.0.0.9"})
		}
	})
	press(a, "5", "enter") // audit alone: the grid's small box is too small, the side view takes the screen
	s := screen(a)
	if !a.zoom {
		t.Errorf("the side view stayed in the grid's small box:\n%s", s)
	}
	if !strings.Contains(s, "rebalance log · newest 12 of 21 · oldest at top · pgup older") {
		t.Errorf("the rebalance log hides older entries without a word:\n%s", s)
	}
	press(a, "esc")
	if a.zoom {
		t.Errorf("esc did not give the screen back")
	}
}

// An assigned partition without a committed offset says so, and the
// group's total says it counts committed partitions only.
func TestSideViewSaysWhatIsNotCommitted(t *testing.T) {
	a := New(&Common{Ctx: context.Background(), Store: lagStoreWith(t, model.TP{Topic: "orders", Partition: 2}), Now: func() time.Time { return fixedNow }, Cluster: Cluster{Name: "x"}})
	a.Update(tea.WindowSizeMsg{Width: 130, Height: 40})
	press(a, "5", "z", "enter")
	s := screen(a)
	for _, want := range []string{"orders/2 no commit yet", "lag 115+ (1 partition not committed)"} {
		if !strings.Contains(s, want) {
			t.Errorf("no %q:\n%s", want, s)
		}
	}
}
