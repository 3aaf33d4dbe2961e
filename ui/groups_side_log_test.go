package ui

import (
	"strings"
	"testing"
	"time"

	"github.com/washboard/washboard/model"
)

// The side view's rebalance log takes every row the group columns leave,
// and says how many older entries it leaves out (issue 14, F28: at
// 200x50 it showed the newest 10 entries under 23 empty rows, and
// nothing said that 9 were hidden).
func TestSideViewRebalanceLogTakesTheFreeRows(t *testing.T) {
	tests := []struct {
		name    string
		w, h    int
		entries int
		all     bool // every entry on screen, no count
	}{
		{"200x50 holds 20 entries whole", 200, 50, 20, true},
		{"80x24 counts what it leaves out", 80, 24, 20, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := lagApp(t, tt.w, tt.h, Cluster{Name: "x"}, nil)
			a.c.Store.(*model.Store).Update(func(st *model.State) {
				for i := range tt.entries {
					st.Lag.Events.Push(model.Rebalance{At: fixedNow.Add(time.Duration(i) * time.Second), Group: "audit", Kind: "joined",
						Detail: "entry-" + itoa(100+i)})
				}
			})
			press(a, "5", "z", "space", "enter")
			s := screen(a)
			assertFits(t, s, tt.w, tt.h)
			shown := strings.Count(s, "entry-")
			if tt.all {
				if shown != tt.entries || strings.Contains(s, "newest ") {
					t.Fatalf("%d of %d entries shown with free rows left:\n%s", shown, tt.entries, s)
				}
				return
			}
			if !strings.Contains(s, "rebalance log · newest ") || !strings.Contains(s, " of ") {
				t.Fatalf("hidden entries not counted:\n%s", s)
			}
			if blank := strings.Count(s, "│"+strings.Repeat(" ", tt.w-2)+"│"); blank > 0 {
				t.Fatalf("%d blank rows while entries are hidden:\n%s", blank, s)
			}
		})
	}
}
