package model

import (
	"testing"
	"time"
)

// The Topics pane's rate and trend come from the partitions' produce
// rates, which the lag fold computes from watermark deltas in ApplyPoll.
func TestApplyPollSumsTopicRatesAfterThePartitionRates(t *testing.T) {
	s := NewStore(nil, DefaultLimits())
	t0 := time.Date(2026, 11, 29, 12, 0, 0, 0, time.UTC)
	for i, high := range []int64{0, 3, 6} {
		parts := []PartitionStat{{Topic: "orders", Partition: 0, High: high}, {Topic: "orders", Partition: 1, High: high}}
		s.ApplyPoll(Poll{Start: t0.Add(time.Duration(i) * time.Second), Partitions: parts,
			TopicStats: []TopicStat{{Name: "orders", Partitions: 2}}})
	}
	var rate float64
	var hist []float64
	s.Read(func(st *State) {
		rate = st.TopicStats[0].Rate
		hist = st.TopicRates.Last("orders", 10, nil)
	})
	if rate != 6 || len(hist) != 3 || hist[2] != 6 {
		t.Fatalf("topic rate %v, history %v; want 6/s (two partitions at 3/s)", rate, hist)
	}
}
