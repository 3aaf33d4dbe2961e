package ui

import (
	"strings"
	"testing"

	"github.com/washboard/washboard/model"
)

// ut34a-12: in the 80x24 grid's Topics box the cluster line was clipped
// through its broker count (`cluster was…dded · Kafka ≥v3.9 · 1 br…`),
// and zoomed, b's hint stood alone on a row under it. The broker count is
// whole at every size, and no row is the hint alone.
func TestTopicsClusterLineKeepsTheBrokerCount(t *testing.T) {
	for _, tt := range []struct {
		name string
		w, h int
		keys []string
	}{
		{"grid 80x24", 80, 24, []string{"8"}},
		{"zoomed 80x24", 80, 24, []string{"8", "z"}},
		{"grid 200x50", 200, 50, []string{"8"}},
		{"zoomed 200x50", 200, 50, []string{"8", "z"}},
	} {
		a := testApp(t, tt.w, tt.h)
		a.c.Store.(*model.Store).Update(func(st *model.State) {
			st.TopicStats = []model.TopicStat{{Name: model.LaundryTopic, Partitions: 1, Replication: 1}}
			st.Cluster = model.ClusterInfo{ID: "washboard-embedded", Controller: 0, Kafka: "at least v3.9",
				Brokers: []model.BrokerStat{{ID: 0, Host: "127.0.0.1", Port: 9092}}}
		})
		a.Update(changedMsg{version: a.c.Store.Version()})
		do(a, tt.keys...)
		s := screen(a)
		if !strings.Contains(s, "1 broker ") && !strings.Contains(s, "1 broker│") {
			t.Errorf("%s: the broker count is not whole:\n%s", tt.name, s)
		}
		for _, l := range strings.Split(s, "\n") {
			if strings.Trim(l, "│ ") == "b brokers" {
				t.Errorf("%s: b's hint on a row of its own:\n%s", tt.name, s)
			}
		}
	}
}
