package ui

import (
	"fmt"
	"strings"
	"testing"

	"github.com/washboard/washboard/model"
)

// ownTopicsApp is a cluster of only the named topics (one partition
// each, one rf, one retention: those go to the border), each producing
// at its rate for polls trend buckets, in an app of w x h.
func ownTopicsApp(t *testing.T, w, h, polls int, names []string, rates []float64) *App {
	t.Helper()
	s := model.NewStore(model.DefaultViews(), model.DefaultLimits())
	var parts []model.PartitionStat
	var topics []model.TopicStat
	for i, n := range names {
		parts = append(parts, model.PartitionStat{Topic: n, Partition: 0, Leader: 1, High: int64(1400 + 50*i), Replicas: []int{1}, ISR: []int{1}})
		topics = append(topics, model.TopicStat{Name: n, Partitions: 1, Replication: 1})
	}
	model.SumTopics(topics, parts)
	for i := range topics {
		topics[i].Rate = rates[i]
	}
	s.Update(func(st *model.State) {
		st.Link = model.Link{Cluster: "kafka:9092", State: model.LinkConnected, PolledAt: fixedNow, AnsweredAt: fixedNow}
		st.Partitions, st.TopicStats, st.Topics = parts, topics, names
		st.Cluster = model.ClusterInfo{ID: "own", Kafka: "at least v3.9", Brokers: []model.BrokerStat{{ID: 0, Host: "k0", Port: 9092}}}
		st.Configs = map[string]model.TopicConfig{}
		for _, n := range names {
			st.Configs[n] = model.TopicConfig{Entries: []model.ConfigEntry{{Name: "cleanup.policy", Value: "delete"}, {Name: "retention.ms", Value: "604800000"}}}
		}
		st.Lag = model.NewLags(model.LagConfig{})
		observeSteady(st, polls)
	})
	return realApp(t, s, w, h)
}

// ut41-11: Topics at 80x24 abbreviated `p`, `offs`, `hlth` beside 41
// blank cells of a trend 15 cells of history filled, headed `trend
// 430s`; ut40b-5: a long name cut by 7 cells while the trend held 9 for
// its heading. The names and the content columns with their headings
// come first, the trend takes what is left, and its heading says the
// span its history fills.
func TestTopicsTrendTakesWhatTheColumnsLeave(t *testing.T) {
	for _, tt := range []struct {
		name        string
		topics      []string
		rates       []float64
		polls, w, h int
		zoom        bool
		heads       []string // headings the row must have, whole
	}{
		{"young-trend", []string{"ut41-orders", "ut41-pay"}, []float64{9.7, 2}, 16, 80, 24, true, []string{"parts", "offsets", "health", "trend 2m30s"}},
		{"long-name", []string{"payments.eu-west-1.settlement-events.v2", "audit", "logistics.fleet.vehicle-telemetry.v3"}, []float64{0.6, 0.6, 4}, 30, 80, 24, true, []string{"topic"}},
		{"long-name", []string{"payments.eu-west-1.settlement-events.v2", "audit", "logistics.fleet.vehicle-telemetry.v3"}, []float64{0.6, 0.6, 4}, 30, 200, 50, false, []string{"parts", "offsets", "health", "trend"}},
	} {
		a := ownTopicsApp(t, tt.w, tt.h, tt.polls, tt.topics, tt.rates)
		press(a, "8")
		if tt.zoom {
			press(a, "z")
		}
		got := screen(a)
		golden(t, fmt.Sprintf("topics-trend-room-%s-%dx%d", tt.name, tt.w, tt.h), got)
		var head string
		for _, l := range boxRows(t, got, "8 Topics") {
			if strings.Contains(l, "topic▼") {
				head = l
			}
		}
		for _, h := range tt.heads {
			if !strings.HasSuffix(head, " "+h) && !strings.Contains(head, " "+h+" ") && !strings.Contains(head, " "+h+"│") && !strings.Contains(head, " "+h+"▼") && !strings.Contains(head, " "+h+", fills to ") {
				t.Errorf("%s %dx%d: no whole %q heading: %q\n%s", tt.name, tt.w, tt.h, h, head, got)
			}
		}
		for _, n := range tt.topics {
			if !strings.Contains(got, n) {
				t.Errorf("%s %dx%d: %q cut:\n%s", tt.name, tt.w, tt.h, n, got)
			}
		}
	}
}
