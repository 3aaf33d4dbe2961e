package model

import (
	"testing"
	"time"
)

// A new console's first produce rates span the time since where each
// log stood 30 s before its first poll (ListOffsets by timestamp), so a
// topic written in bursts reads its rate from the first poll on, not the
// first burst over one poll interval (ut24a P14: 304/s for a ~40/s
// cluster, then 8.3/s, for 20 s); a steady topic reads its rate at once.
func TestFirstRatesSpanTheRecentPast(t *testing.T) {
	t0 := time.Unix(3_000_000, 0)
	burst := func(sec int) int64 { // 250 records every 10 s, the last 5 s before the first poll
		n := int64(0)
		for b := -95; b <= sec; b += 10 {
			n += 250
		}
		return n
	}
	steady := func(sec int) int64 { return int64(40 * (sec + 100)) }
	l := NewLags(LagConfig{})
	for sec := range 90 {
		parts := []PartitionStat{
			{Topic: "bursts", Partition: 0, High: burst(sec)},
			{Topic: "steady", Partition: 0, High: steady(sec)},
			{Topic: "old-stamps", Partition: 0, High: steady(sec)},
		}
		if sec == 0 {
			at := t0.Add(-30 * time.Second)
			parts[0].RecentFrom, parts[0].RecentAt = burst(-30), at
			parts[1].RecentFrom, parts[1].RecentAt = steady(-30), at
			parts[2].RecentFrom, parts[2].RecentAt = -1, at // records stamped older than that
		}
		l.Observe(t0.Add(time.Duration(sec)*time.Second), parts, nil, nil, nil)
		b, s := l.TopicRate("bursts"), l.TopicRate("steady")
		if b < 20 || b > 30 {
			t.Fatalf("poll %d: 250 records every 10 s read %.1f/s", sec, b)
		}
		if s < 39.9 || s > 40.1 {
			t.Fatalf("poll %d: a steady 40/s read %.1f/s", sec, s)
		}
		if sec == 0 && l.TopicRate("old-stamps") != 0 {
			t.Fatalf("a topic without a recent offset read %.1f/s at the first poll", l.TopicRate("old-stamps"))
		}
		if sec == 0 && parts[0].Rate < 20 { // the partition's share: all of the topic's
			t.Fatalf("the first poll's partition rate %.1f/s", parts[0].Rate)
		}
	}
}
