package ui

import (
	"context"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/washboard/washboard/model"
)

// A group that has committed nothing reads the same in the Groups list and
// side by side: lag "-" and health "-", never 0 and OK, with members or
// without (a user test, ut19a H1: the list said "-" where the side view
// said "lag 0+ … OK", and a group without members or commits read "0 OK",
// as if caught up).
func TestNothingCommittedReadsTheSameEverywhere(t *testing.T) {
	tp0, tp1 := model.TP{Topic: "orders", Partition: 0}, model.TP{Topic: "orders", Partition: 1}
	s := groupLagStore([]model.GroupStat{
		{ID: "fresh-reader", State: "Stable", Protocol: "consumer", Assignor: "range", Members: 1,
			Detail: []model.MemberStat{{ID: "m", ClientID: "m", Host: "/h", Assigned: []model.TP{tp0, tp1}}}},
		{ID: "replay-never-committed", State: "Empty", Protocol: "consumer"},
		{ID: "caught-up-reader", State: "Empty", Protocol: "consumer"},
	}, []model.Committed{{Group: "fresh-reader", Offsets: map[model.TP]int64{}}, {Group: "replay-never-committed", Offsets: map[model.TP]int64{}},
		{Group: "caught-up-reader", Offsets: map[model.TP]int64{tp0: 100, tp1: 100}}})
	a := New(&Common{Ctx: context.Background(), Store: s, Now: func() time.Time { return fixedNow }, Cluster: Cluster{Name: "127.0.0.1:9092", Embedded: true}})
	a.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	press(a, "5", "z")
	sc := screen(a)
	for _, tc := range []struct {
		group      string
		lag, healt string
	}{
		{"fresh-reader", "-", "-"},
		{"replay-never-committed", "-", "-"},
		{"caught-up-reader", "0", "OK"},
	} {
		var row []string
		for _, l := range strings.Split(sc, "\n") {
			if f := strings.Fields(strings.Trim(l, "│")); len(f) > 0 && f[0] == tc.group {
				row = f
			}
		}
		// ... members lag health: the last two (no lag history in it), whichever word columns show
		if len(row) < 7 || row[len(row)-2] != tc.lag || row[len(row)-1] != tc.healt {
			t.Errorf("%s reads %q in the list, want lag %q health %q:\n%s", tc.group, row, tc.lag, tc.healt, sc)
		}
	}
	press(a, "g", "space", "enter") // fresh-reader side by side
	if sc := screen(a); !strings.Contains(sc, "lag - (2 partitions not committed) -") || strings.Contains(sc, "lag 0") {
		t.Fatalf("side by side does not say lag - for a group that committed nothing:\n%s", sc)
	}
}

// groupLagStore is a connected cluster with orders/0 and orders/1 at
// high watermark 100 and groups g with committed offsets c, observed over
// two polls (members come from the previous poll's describe).
func groupLagStore(g []model.GroupStat, c []model.Committed) *model.Store {
	s := model.NewStore(nil, model.DefaultLimits())
	tp0, tp1 := model.TP{Topic: "orders", Partition: 0}, model.TP{Topic: "orders", Partition: 1}
	s.Update(func(st *model.State) {
		st.Link = model.Link{State: model.LinkConnected}
		st.Lag = model.NewLags(model.LagConfig{History: 20, Window: 3, StopAfter: time.Hour})
		parts := []model.PartitionStat{{Topic: "orders", Partition: 0, High: 100}, {Topic: "orders", Partition: 1, High: 100}}
		for i := range 2 {
			st.Lag.Observe(fixedNow.Add(time.Duration(i)*time.Second), parts, map[model.TP]int64{tp0: 100, tp1: 100}, g, c)
		}
		st.Partitions, st.Groups = parts, g
	})
	return s
}
