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

// A rhythm that does not divide the 30 s looked back at: 300 records
// every 20 s, two bursts in the span, read 20.0/s for a minute and a half
// (ut30 X11). The records from the first burst of the span before to the
// first of the recent span, over the time between them, are whole
// periods: the first poll reads 15.0/s, and the rate stays near it.
func TestFirstRatesOverWholePeriodsOfABurstRhythm(t *testing.T) {
	t0 := time.Unix(3_000_000, 0)
	// bursts at -48 s, -28 s, -8 s, then every 20 s
	high := func(sec int) int64 {
		n := int64(3000)
		for b := -48; b <= sec; b += 20 {
			n += 300
		}
		return n
	}
	for _, whole := range []bool{true, false} {
		l := NewLags(LagConfig{})
		for sec := range 90 {
			parts := []PartitionStat{{Topic: "settlement", Partition: 0, High: high(sec)}}
			if sec == 0 {
				parts[0].RecentAt = t0.Add(-30 * time.Second)
				parts[0].RecentFrom, parts[0].RecentTime = high(-29), t0.Add(-28*time.Second).UnixMilli()
				if whole {
					parts[0].EarlierFrom, parts[0].EarlierTime = high(-49), t0.Add(-48*time.Second).UnixMilli()
				}
			}
			l.Observe(t0.Add(time.Duration(sec)*time.Second), parts, nil, nil, nil)
			r := l.TopicRate("settlement")
			if sec == 0 && whole && (r < 14.9 || r > 15.1) {
				t.Fatalf("first poll: 300 records every 20 s read %.1f/s, want 15.0/s", r)
			}
			if sec == 0 && !whole && (r < 19.9 || r > 20.1) { // without the earlier span: two bursts over 30 s, as before
				t.Fatalf("first poll without the earlier span: %.1f/s, want 20.0/s", r)
			}
			if whole && (r < 12 || r > 18) {
				t.Fatalf("poll %d: 300 records every 20 s read %.1f/s", sec, r)
			}
		}
	}
}
