package ui

import (
	"strings"
	"testing"
	"time"

	"github.com/washboard/washboard/model"
)

// Side by side, one chatty group's entries do not push the other groups'
// out of the rebalance log: at its newest each group's newest entries
// share its rows (ut36b-21); and every entry is reachable, pgup paging it
// back to the oldest and pgdn forward again, the title saying which part
// shows and the key to the rest (ut36b-5: `newest 1 of 20` and no key).
func TestSideViewRebalanceLogSharedAndPaged(t *testing.T) {
	for _, sz := range []struct{ w, h int }{{80, 24}, {200, 50}} {
		a := lagApp(t, sz.w, sz.h, Cluster{Name: "x"}, nil)
		a.c.Store.(*model.Store).Update(func(st *model.State) {
			st.Lag.Events.Push(model.Rebalance{At: fixedNow, Group: "billing", Kind: "rebalance", Detail: "gen 2: joined quiet-member from /10.0.0.7"})
			for i := range 80 {
				st.Lag.Events.Push(model.Rebalance{At: fixedNow.Add(time.Duration(i+1) * time.Second), Group: "audit", Kind: "rebalance",
					Detail: "gen " + itoa(i+3) + ": chatty-" + itoa(100+i)})
			}
		})
		press(a, "5", "z", "space", "down", "space", "enter")
		s := screen(a)
		assertFits(t, s, sz.w, sz.h)
		if !strings.Contains(s, "quiet-member") || !strings.Contains(s, "chatty-179") {
			t.Fatalf("%dx%d: the quiet group's entry or the chatty one's newest is not shown:\n%s", sz.w, sz.h, s)
		}
		if !strings.Contains(s, "pgup older") {
			t.Fatalf("%dx%d: the title does not say the key to older entries:\n%s", sz.w, sz.h, s)
		}
		seen := map[string]bool{}
		for range 100 {
			for _, l := range strings.Split(screen(a), "\n") {
				if i := strings.Index(l, "chatty-"); i >= 0 {
					seen[l[i:i+len("chatty-100")]] = true
				}
			}
			press(a, "pgup")
		}
		for i := range 80 {
			if !seen["chatty-"+itoa(100+i)] {
				t.Fatalf("%dx%d: chatty-%d never shown paging back; at the oldest:\n%s", sz.w, sz.h, 100+i, screen(a))
			}
		}
		if s := screen(a); !strings.Contains(s, "chatty-100") || !strings.Contains(s, "pgdn newer") {
			t.Fatalf("%dx%d: pgup does not stop at the oldest, saying the way back:\n%s", sz.w, sz.h, s)
		}
		for range 100 {
			press(a, "pgdown")
		}
		if s := screen(a); !strings.Contains(s, "quiet-member") || !strings.Contains(s, "chatty-179") {
			t.Fatalf("%dx%d: pgdn does not come back to the newest:\n%s", sz.w, sz.h, s)
		}
	}
}
