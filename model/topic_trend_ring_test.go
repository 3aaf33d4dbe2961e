package model

import (
	"math"
	"testing"
	"time"
)

// ut39-18: after ten minutes and more of watching, `trend 10m` kept its
// first cell blank: the ring of 60 buckets held the one still filling,
// so only 59 whole ones. Watched long enough, at any point in a bucket,
// Last gives 60 measured buckets.
func TestTopicTrendKeepsTenWholeMinutes(t *testing.T) {
	for _, into := range []time.Duration{0, 3 * time.Second, 9 * time.Second} {
		r := NewTopicRates()
		start := time.Unix(1_800_000_000, 0).Add(into)
		var produced int64
		var now time.Time
		for s := 0; s <= 11*60; s += 2 { // a poll every 2 s for 11 minutes, 14 records/s
			now = start.Add(time.Duration(s) * time.Second)
			r.Observe(now, []TopicStat{{Name: "orders", Produced: produced}})
			produced += 28
		}
		got := r.Last("orders", TrendBuckets, now, nil)
		measured := 0
		for _, v := range got {
			if !math.IsNaN(v) {
				measured++
			}
		}
		if len(got) != TrendBuckets || measured != TrendBuckets {
			t.Errorf("%v into a bucket: %d buckets, %d measured, want %d: %v", into, len(got), measured, TrendBuckets, got)
		}
	}
}
