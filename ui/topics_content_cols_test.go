package ui

import (
	"strings"
	"testing"

	"github.com/washboard/washboard/model"
)

// Topics' columns are as wide as what they show, their headings taking
// their short forms (`p`, `offs`, `ret`, `hlth`), before a name is cut
// (ut36b-10: at 80x24 zoomed `inventory.stock-level-changes.v1`, 32
// characters, was cut by 2 cells while `parts` held one digit in 6 cells,
// `retain` 7d in 6 and `health` OK in 6). Both names from the finding
// are whole here (the 40-character one was cut to 38 cells beside 15
// cells of headings over narrower content), whichever column is sorted.
func TestTopicsColumnsFollowTheirContent(t *testing.T) {
	names := []string{"acme.customer-profiles.ap-southeast-2.v1", "inventory.stock-level-changes.v1", "orders"}
	for _, sort := range []int{0, 1, 2, 3} {
		s := model.NewStore(model.DefaultViews(), model.DefaultLimits())
		var parts []model.PartitionStat
		var topics []model.TopicStat
		for i, n := range names {
			parts = append(parts, model.PartitionStat{Topic: n, Partition: 0, Leader: 1, High: int64(40 * i), Replicas: []int{1}, ISR: []int{1}})
			topics = append(topics, model.TopicStat{Name: n, Partitions: 1 + 3*i, Replication: 1})
		}
		model.SumTopics(topics, parts)
		s.Update(func(st *model.State) {
			st.Link = model.Link{Cluster: "kafka:9092", State: model.LinkConnected, PolledAt: fixedNow, AnsweredAt: fixedNow}
			st.Partitions, st.TopicStats, st.Topics = parts, topics, names
			st.Cluster = model.ClusterInfo{ID: "c1", Controller: 1, Brokers: []model.BrokerStat{{ID: 1, Host: "k1", Port: 9092}}}
			st.Configs = map[string]model.TopicConfig{}
			for i, n := range names {
				ms := "604800000" // 7d
				if i == 0 {
					ms = "129600000" // 36h: the retention column shows
				}
				st.Configs[n] = model.TopicConfig{Entries: []model.ConfigEntry{{Name: "retention.ms", Value: ms}}}
			}
			st.Lag = model.NewLags(model.LagConfig{})
		})
		a := realApp(t, s, 80, 24)
		press(a, "8", "z")
		for range sort {
			press(a, "s")
		}
		got := screen(a)
		for _, n := range names {
			if !strings.Contains(got, " "+n+" ") {
				t.Errorf("sort %d: %q cut at 80x24 zoomed beside columns wider than they show:\n%s", sort, n, got)
			}
		}
	}
}
