package model

import (
	"testing"
	"time"
)

// ut38a-23: a topic first seen after the console's first poll counts its
// records in the trend as its rate counts them (from offset 0: 300
// records in one bucket read 30/s); one present at the first poll does
// not (its records may be old).
func TestTopicTrendCountsANewTopicAsItsRate(t *testing.T) {
	start := time.Unix(1_800_000_000, 0)
	for _, tc := range []struct {
		name      string
		firstPoll int // the poll the topic is first seen at
		want      float64
	}{
		{"present at start", 0, 0},
		{"created while watched", 1, 30},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := NewTopicRates()
			var now time.Time
			for poll := 0; poll < 8; poll++ { // a poll every 2 s: buckets 0..1 of 10 s
				now = start.Add(time.Duration(2*poll) * time.Second)
				stats := []TopicStat{{Name: "laundry", Produced: int64(28 * poll)}}
				if poll >= tc.firstPoll {
					stats = append(stats, TopicStat{Name: "ut38a-orders", Produced: 300})
				}
				r.Observe(now, stats)
			}
			got := r.Last("ut38a-orders", 1, now, nil)
			if len(got) != 1 || got[0] != tc.want {
				t.Errorf("trend %v, want [%v]", got, tc.want)
			}
		})
	}
}
