package model

import (
	"testing"
	"time"
)

// A topic's produce rate is the sum of its partitions' rates from the
// high watermarks: it moves once two polls have seen the watermarks rise
// (it stayed 0.0/s when summed before the partitions had rates).
func TestApplyPollGivesTopicsTheirRate(t *testing.T) {
	s := NewStore(nil, DefaultLimits())
	t0 := time.Unix(1_000_000, 0)
	for i, high := range []int64{100, 200} {
		parts := []PartitionStat{{Topic: "orders", Partition: 0, High: high}, {Topic: "orders", Partition: 1, High: high}}
		topics := []TopicStat{{Name: "orders", Partitions: 2}}
		SumTopics(topics, parts) // as the poller does, before any rate is known
		s.ApplyPoll(Poll{Start: t0.Add(time.Duration(i) * 10 * time.Second), Partitions: parts, Topics: []string{"orders"},
			Highs: map[TP]int64{{"orders", 0}: high, {"orders", 1}: high}, TopicStats: topics})
	}
	s.Read(func(st *State) {
		// Each partition gained 100 records in 10 s: 10/s each, 20/s
		// for the topic.
		if got := st.TopicStats[0].Rate; got < 19.9 || got > 20.1 {
			t.Errorf("orders rate %.2f/s, want 20/s (the sum of its partitions')", got)
		}
		if got := st.TopicStats[0].Records; got != 400 {
			t.Errorf("orders records %d, want 400", got)
		}
	})
}
