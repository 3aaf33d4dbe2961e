package ui

import (
	"strings"
	"testing"

	"github.com/washboard/washboard/model"
)

// ut34b-21: in the 80x24 grid's 4-row box, `s` with the cursor on the
// last topic by name kept the window where it was (`2-5/5`), so the
// sorted list's first row, the busiest topic, was scrolled out of view.
// A sort shows the list's top where the cursor's row lets it, and a
// cursor on the top row stays on the top row.
func TestTopicsSortShowsTheTopOfTheList(t *testing.T) {
	store := func() *model.Store {
		s := model.NewStore(nil, model.DefaultLimits())
		s.Update(func(st *model.State) {
			st.Link.State, st.Link.PolledAt = model.LinkConnected, fixedNow
			for _, tp := range []model.TopicStat{
				{Name: "audit", Partitions: 1, Records: 50},
				{Name: "customer", Partitions: 3, Records: 90},
				{Name: "logistics", Partitions: 8, Records: 2671, Rate: 1.8},
				{Name: "payments", Partitions: 12, Records: 3905, Rate: 1.6},
				{Name: "zeta-us-east", Partitions: 6, Records: 3000, Rate: 1.9},
			} {
				st.TopicStats = append(st.TopicStats, tp)
				st.Topics = append(st.Topics, tp.Name)
			}
		})
		return s
	}
	for _, tc := range []struct {
		name       string
		keys       []string // before `s`
		wantCursor string   // the cursor's topic after `s` (sort offsets)
	}{
		{"cursor on the last topic by name", []string{"G"}, "zeta-us-east"},
		{"cursor on the fourth", []string{"j", "j", "j"}, "payments"},
		{"cursor on the top row", nil, "payments"}, // the new order's first
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := realApp(t, store(), 80, 24)
			a.Update(changedMsg{version: a.c.Store.Version()})
			for _, k := range append([]string{"8"}, tc.keys...) {
				press(a, k)
				screen(a) // a frame between keys, as a user's
			}
			press(a, "s") // sort offsets: payments, zeta-us-east, logistics, customer, audit
			box := strings.Join(paneBox(a, "─ 8 Topics"), "\n")
			if !strings.Contains(box, " payments ") {
				t.Errorf("the sorted list's first row is out of view:\n%s", box)
			}
			if got := a.panes[paneTopics].(*TopicsPane).cursorTopic(); got != tc.wantCursor {
				t.Errorf("the cursor is on %q, want %q:\n%s", got, tc.wantCursor, box)
			}
		})
	}
}
