package ui

import (
	"slices"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"

	"github.com/washboard/washboard/model"
)

// The cursor stays on its topic, group or partition's topic when a row
// sorted above it appears or goes with a poll, as k9s and lazygit keep
// their selection: it kept its row number, so `w`, `u`, `v`, `enter` and
// the actions then worked on the neighbour (ut24a P22: a topic deleted
// from another console moved the cursor from `refunds` onto the next).
func TestTheCursorStaysOnItsRowWhenRowsAboveComeAndGo(t *testing.T) {
	for _, tt := range []struct {
		name string
		keys []string
		row  string // the row the cursor is put on
	}{
		{"topics", []string{"8", "j"}, "payments"},
		{"groups", []string{"5", "j"}, "billing"},
		{"partitions", []string{"4", "G", "k"}, "payments"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			s := foreignStore(t)
			a := realApp(t, s, 200, 50)
			for _, k := range tt.keys {
				a.View() // the pane settles its rows at each frame
				press(a, k)
			}
			if !reversedRowWith(a.View().Content, tt.row) {
				t.Fatalf("the cursor is not on %q to begin with:\n%s", tt.row, ansi.Strip(a.View().Content))
			}
			for i, add := range []bool{true, false, true} {
				pollAbove(a, s, add, fixedNow.Add(time.Duration(i+1)*time.Second))
				if got := a.View().Content; !reversedRowWith(got, tt.row) {
					t.Fatalf("after rows sorted above %q %s, the cursor left it:\n%s", tt.row, map[bool]string{true: "appeared", false: "went"}[add], ansi.Strip(got))
				}
			}
		})
	}
}

// pollAbove publishes a poll at `at` in which a topic and a group sorted
// before every other appear (add) or go.
func pollAbove(a *App, s *model.Store, add bool, at time.Time) {
	const name = "aaa-created-by-another-console"
	s.Update(func(st *model.State) {
		st.Link.PolledAt, st.Link.AnsweredAt = at, at
		del := func(p model.PartitionStat) bool { return p.Topic == name }
		st.Partitions = slices.DeleteFunc(slices.Clone(st.Partitions), del)
		st.TopicStats = slices.DeleteFunc(slices.Clone(st.TopicStats), func(t model.TopicStat) bool { return t.Name == name })
		st.Topics = slices.DeleteFunc(slices.Clone(st.Topics), func(t string) bool { return t == name })
		st.Groups = slices.DeleteFunc(slices.Clone(st.Groups), func(g model.GroupStat) bool { return g.ID == name })
		if add {
			st.Partitions = append([]model.PartitionStat{{Topic: name, Partition: 0, Leader: 1, High: 3, Replicas: []int{1}, ISR: []int{1}}}, st.Partitions...)
			st.TopicStats = append([]model.TopicStat{{Name: name, Partitions: 1, Replication: 1}}, st.TopicStats...)
			st.Topics = append([]string{name}, st.Topics...)
			st.Groups = append([]model.GroupStat{{ID: name, State: "Empty"}}, st.Groups...)
		}
		model.SumTopics(st.TopicStats, st.Partitions)
		var committed []model.Committed
		if add {
			committed = []model.Committed{{Group: name, Offsets: map[model.TP]int64{{Topic: name, Partition: 0}: 1}}}
		}
		committed = append(committed, model.Committed{Group: "billing", Offsets: map[model.TP]int64{{Topic: "orders", Partition: 0}: 30}})
		highs := map[model.TP]int64{{Topic: "orders", Partition: 0}: 40, {Topic: name, Partition: 0}: 3}
		st.Lag.Observe(at, st.Partitions, highs, st.Groups, committed)
	})
	a.Update(changedMsg{version: s.Version()})
}
