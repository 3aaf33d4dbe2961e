package ui

import (
	"context"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/washboard/washboard/model"
)

// A group the cluster stops listing leaves the Groups list with a word in
// its border, for goneSaid, not only a count one lower (ut36b-12:
// billing-reconciler went from `5 groups` to `4 groups` unsaid); a group
// listed again is not gone.
func TestAGroupGoneIsSaidInTheBorder(t *testing.T) {
	tp := model.TP{Topic: "orders", Partition: 0}
	both := []model.GroupStat{{ID: "billing-reconciler", State: "Empty"}, {ID: "audit", State: "Empty"}}
	committed := []model.Committed{{Group: "audit", Offsets: map[model.TP]int64{tp: 90}}}
	for _, tc := range []struct {
		name   string
		at     time.Duration // the frame, after the poll that saw it go
		groups []model.GroupStat
		want   bool
	}{
		{"just gone", time.Second, both[1:], true},
		{"gone long ago", 2 * goneSaid, both[1:], false},
		{"listed again", time.Second, both, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := model.NewStore(nil, model.DefaultLimits())
			parts := []model.PartitionStat{{Topic: "orders", Partition: 0, High: 100}}
			s.Update(func(st *model.State) {
				st.Link = model.Link{State: model.LinkConnected}
				st.Lag = model.NewLags(model.LagConfig{History: 20, Window: 3, StopAfter: time.Hour})
				for i, g := range [][]model.GroupStat{both, both, both[1:], tc.groups} {
					st.Lag.Observe(fixedNow.Add(time.Duration(i)*time.Second), parts, map[model.TP]int64{tp: 100}, g, committed)
				}
				st.Partitions, st.Groups = parts, tc.groups
			})
			now := fixedNow.Add(2*time.Second + tc.at)
			a := New(&Common{Ctx: context.Background(), Store: s, Now: func() time.Time { return now }, Cluster: Cluster{Name: "127.0.0.1:9092"}})
			a.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
			press(a, "5", "z")
			sc := screen(a)
			top := strings.SplitN(sc, "\n", 3)[1]
			if got := strings.Contains(top, "billing-reconciler gone"); got != tc.want {
				t.Fatalf("border %q says the group gone: %v, want %v", top, got, tc.want)
			}
		})
	}
}
