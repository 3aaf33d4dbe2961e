package model

import (
	"math"
	"testing"
	"time"
)

// trendRun is one poll of trendPolls: the topic's rate, the sum of its
// partitions' rates, and its trend's newest 24 buckets (records/s each).
type trendRun struct {
	rate, parts float64
	trend       []float64
}

// trendPolls runs secs polls of topic "inv" (3 partitions), one a
// second, where add(sec) is the records produced just before poll sec
// (to partition sec%3).
func trendPolls(t *testing.T, secs int, add func(sec int) int64) []trendRun {
	t.Helper()
	s := NewStore(nil, DefaultLimits())
	t0 := time.Unix(2_000_000, 0) // on a bucket's start
	highs := make([]int64, 3)
	out := make([]trendRun, 0, secs)
	for sec := range secs {
		highs[sec%3] += add(sec)
		ps := make([]PartitionStat, 3)
		hw := map[TP]int64{}
		for p := range ps {
			ps[p] = PartitionStat{Topic: "inv", Partition: p, High: highs[p]}
			hw[TP{"inv", p}] = highs[p]
		}
		now := t0.Add(time.Duration(sec) * time.Second)
		s.ApplyPoll(Poll{Start: now, Partitions: ps, Topics: []string{"inv"}, Highs: hw,
			TopicStats: []TopicStat{{Name: "inv", Partitions: 3}}})
		s.Read(func(st *State) {
			r := trendRun{rate: st.TopicStats[0].Rate, trend: st.TopicRates.Last("inv", 24, now, nil)}
			for _, p := range st.Partitions {
				r.parts += p.Rate
			}
			out = append(out, r)
		})
	}
	return out
}

// ut22a M9: a producer writing 300 records every 25 s. The first burst
// after an idle minute reads a rate at once and holds it while it is in
// the rate's 30 s (never 0.0/s beside the trend's bar), the partitions summing to the
// topic; the trend counts records per 10 s bucket, so bursts read as bars
// between empty buckets, not a flat line; a steady producer's trend is
// flat at its rate; and minutes of traffic stay in the trend after the
// producer stops (it spans 24 buckets, 4 minutes).
func TestTopicTrendCountsBurstsOverMinutes(t *testing.T) {
	const first = 60 // the first burst after an idle minute
	bursty := trendPolls(t, 400, func(sec int) int64 {
		if sec >= first && (sec-first)%25 == 0 {
			return 300
		}
		return 0
	})
	for sec := first; sec < len(bursty); sec++ {
		r := bursty[sec]
		if r.rate <= 0 {
			t.Fatalf("poll %d, %d s after the first burst: the rate reads %.1f/s", sec, sec-first, r.rate)
		}
		if math.Abs(r.rate-r.parts) > 1e-9 {
			t.Fatalf("poll %d: the topic reads %v/s, its partitions %v/s", sec, r.rate, r.parts)
		}
	}
	// ut42b-9: two bursts in the window are a rhythm: 300 records every
	// 25 s is 12/s (it read 20/s, 600 over 30 s, then 10/s, 300 over 30 s,
	// at alternate polls as the window held two bursts or one)
	for sec := first + 26; sec < len(bursty); sec++ {
		if r := bursty[sec].rate; math.Abs(r-12) > 1e-9 {
			t.Fatalf("poll %d, after the second burst: the rate reads %v/s, want 12/s (300 records every 25 s)", sec, r)
		}
	}
	last := bursty[len(bursty)-1].trend
	if len(last) != 24 {
		t.Fatalf("trend %v: want 24 buckets", last)
	}
	lo, hi := math.Inf(1), 0.0
	for _, v := range last[:23] { // the newest bucket is still filling
		lo, hi = min(lo, v), max(hi, v)
	}
	if lo != 0 || hi != 30 {
		t.Errorf("bursty trend %v: want bars of 30/s (300 in a 10 s bucket) between empty buckets", last)
	}

	// steady 12/s for 10 minutes, stopped, then bursts again
	const stop = 600
	steady := trendPolls(t, stop+90, func(sec int) int64 {
		switch {
		case sec < stop:
			return 12
		case sec == stop+70:
			return 300
		}
		return 0
	})
	for _, v := range steady[stop-1].trend[:23] {
		if v != 12 {
			t.Fatalf("steady trend %v: want a flat 12/s", steady[stop-1].trend)
		}
	}
	if r := steady[stop+29].rate; r != 0 {
		t.Errorf("30 s after the producer's last records the rate reads %v/s, want 0", r)
	}
	after := steady[stop+60].trend
	for i, v := range after[:17] { // 4 minutes back from a minute after the stop: 3 of them produced
		if v != 12 {
			t.Fatalf("a minute after the stop, trend %v: bucket %d lost the traffic before it", after, i)
		}
	}
	for sec := stop + 70; sec < len(steady); sec++ {
		if steady[sec].rate <= 0 {
			t.Fatalf("a burst after the pause: poll %d reads %v/s", sec, steady[sec].rate)
		}
	}
}
