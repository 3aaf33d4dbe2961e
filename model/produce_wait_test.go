package model

import (
	"testing"
	"time"
)

// ut40b-24: a fresh console's first frames showed rates over the second
// or two between its first polls (two topics written at 0.6/s each read
// 0.0/s and 1.0/s under `rate 30s`). A topic on the cluster at the first
// poll says no rate, nor do its partitions, until RateLeast of counting
// is behind it; one created since divides by RateSpan at once and is
// said from its first sight.
func TestRateWaitsUntilItIsMeasured(t *testing.T) {
	s := NewStore(nil, DefaultLimits())
	t0 := time.Unix(1_000_000, 0)
	poll := func(sec int, topics ...string) (map[string]bool, map[string]bool) {
		var parts []PartitionStat
		var stats []TopicStat
		hw := map[TP]int64{}
		for _, tp := range topics {
			high := int64(sec) // one record a second
			parts = append(parts, PartitionStat{Topic: tp, Partition: 0, High: high})
			hw[TP{tp, 0}] = high
			stats = append(stats, TopicStat{Name: tp, Partitions: 1})
		}
		s.ApplyPoll(Poll{Start: t0.Add(time.Duration(sec) * time.Second), Partitions: parts, Topics: topics, Highs: hw, TopicStats: stats})
		topicWait, partWait := map[string]bool{}, map[string]bool{}
		s.Read(func(st *State) {
			for _, tp := range st.TopicStats {
				topicWait[tp.Name] = tp.RateWait
			}
			for _, p := range st.Partitions {
				partWait[p.Topic] = p.RateWait
			}
		})
		return topicWait, partWait
	}
	for _, tt := range []struct {
		sec    int
		topics []string
		wait   map[string]bool
	}{
		{0, []string{"audit"}, map[string]bool{"audit": true}},
		{1, []string{"audit"}, map[string]bool{"audit": true}},
		{5, []string{"audit", "created"}, map[string]bool{"audit": true, "created": false}},
		{9, []string{"audit", "created"}, map[string]bool{"audit": true, "created": false}},
		{10, []string{"audit", "created"}, map[string]bool{"audit": false, "created": false}},
		{40, []string{"audit", "created"}, map[string]bool{"audit": false, "created": false}},
	} {
		topicWait, partWait := poll(tt.sec, tt.topics...)
		for name, want := range tt.wait {
			if topicWait[name] != want || partWait[name] != want {
				t.Errorf("%ds: %s waits %v (its partition %v), want %v", tt.sec, name, topicWait[name], partWait[name], want)
			}
		}
	}
	var sum bool
	s.Read(func(st *State) { sum = ProducedWait(st.TopicStats) })
	if sum {
		t.Errorf("the header's sum waits after 40 s")
	}
}
