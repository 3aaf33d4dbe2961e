package model

import (
	"testing"
	"time"
)

// A producer whose bursts land on one partition at a time (librdkafka's
// sticky partitioner) moves each partition only every fourth burst; the
// topic moves with every burst, so its rate holds between bursts while
// each partition's restarts (ut16a D1: a kcat -P pipe read 0.0/s next to
// a trend with bars): the topic's span holds every burst of its 30 s. The store's topics carry the topic's rate.
func TestTopicRateSpansItsPartitions(t *testing.T) {
	s := NewStore(nil, DefaultLimits())
	t0 := time.Unix(1_000_000, 0)
	highs := make([]int64, 4)
	var rates []float64
	for sec := range 40 {
		if sec > 0 && sec%3 == 0 { // a burst of 30 every third second, on the next partition in turn
			highs[(sec/3)%4] += 30
		}
		parts := make([]PartitionStat, 4)
		hw := map[TP]int64{}
		for p := range parts {
			parts[p] = PartitionStat{Topic: "orders", Partition: p, High: highs[p]}
			hw[TP{"orders", p}] = highs[p]
		}
		topics := []TopicStat{{Name: "orders", Partitions: 4}}
		s.ApplyPoll(Poll{Start: t0.Add(time.Duration(sec) * time.Second), Partitions: parts, Topics: []string{"orders"}, Highs: hw, TopicStats: topics})
		s.Read(func(st *State) { rates = append(rates, st.TopicStats[0].Rate) })
	}
	// Once the console has watched for RateSpan, the topic reads the
	// 10 bursts of its last 30 s on every poll.
	for sec := 30; sec < len(rates); sec++ {
		if rates[sec] < 9.99 || rates[sec] > 10.01 {
			t.Fatalf("topic rate at %ds %.2f/s, want 10/s on every poll (all: %v)", sec, rates[sec], rates)
		}
	}
}
