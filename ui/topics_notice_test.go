package ui

import (
	"strings"
	"testing"
	"time"

	"github.com/washboard/washboard/model"
)

// A Topics outcome and the w prompt's hint wrap whole at 80x24: the
// reason and the advice come after the topic's name, so a cut line lost
// exactly what the user needed (issue 14, F30).
func TestTopicsOutcomesWrapAt80x24(t *testing.T) {
	tests := []struct {
		name string
		keys []string
		want []string // each read whole, rows joined
	}{
		{"v on a topic with no records held", []string{"v"}, []string{"no records of " + longTopic + " held to infer a view from (w reads it)"}},
		{"the w prompt's hint", []string{"w"}, []string{"0=120,1=40 (offsets by partition)", "2026-11-29T08:00 (UTC)"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := foreignApp(t, 80, 24)
			a.c.Watcher = &fakeWatcher{mine: map[string][]string{}, from: map[string]string{}}
			store := a.c.Store.(*model.Store)
			store.Update(func(st *model.State) {
				st.Topics = append(st.Topics, longTopic)
				st.TopicStats = append(st.TopicStats, model.TopicStat{Name: longTopic, Partitions: 8, Replication: 1})
				st.Link.PolledAt = st.Link.PolledAt.Add(time.Second) // a new poll: the pane copies the topics again
			})
			a.Update(changedMsg{version: store.Version()})
			do(a, "down", "down") // the long topic, last by name
			do(a, tt.keys...)
			s := screen(a)
			assertFits(t, s, 80, 24)
			got := boxText(s)
			for _, w := range tt.want {
				if !strings.Contains(got, strings.ReplaceAll(w, " ", "")) {
					t.Errorf("%q is not on screen whole:\n%s", w, s)
				}
			}
		})
	}
}
