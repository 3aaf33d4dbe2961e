package model

import (
	"math"
	"testing"
	"time"
)

// ut35-1, ut34b-1, ut35-4, ut35-17, ut35-20: the produce rate is the
// records this console saw produced over the last RateSpan, over that
// span (produce_span.go), from the same counts the trend buckets: records
// written before the first poll are no rate (the trend is flat then), a
// burst reads its records over 30 s, one record reads above zero (the
// trend draws it), and a producer that stops reads 0 once its last
// records are 30 s old, not before. One poll a second over simulated time.
func TestProduceRateIsTheRecordsOfItsSpan(t *testing.T) {
	tests := []struct {
		name string
		old  int64               // records on the topic before the first poll, written 5 s to 35 s before it
		add  func(sec int) int64 // records produced just before poll sec
		want map[int]float64     // poll: the topic's rate
	}{
		{"written before the console started", 230, func(int) int64 { return 0 },
			map[int]float64{0: 0, 1: 0, 10: 0, 29: 0, 60: 0}},
		{"a burst of 100 at 20/s", 0, func(sec int) int64 {
			if sec > 40 && sec <= 45 {
				return 20
			}
			return 0
		}, map[int]float64{40: 0, 43: 60.0 / 30, 50: 100.0 / 30, 70: 100.0 / 30, 71: 80.0 / 30, 74: 20.0 / 30, 75: 0}},
		{"one record", 0, func(sec int) int64 {
			if sec == 40 {
				return 1
			}
			return 0
		}, map[int]float64{39: 0, 40: 1.0 / 30, 69: 1.0 / 30, 70: 0}},
		{"a steady 12/s that stops", 0, func(sec int) int64 {
			if sec > 0 && sec <= 60 {
				return 12
			}
			return 0
			// a silence of one poll is within the rhythm's gap and a half
			// (ut42b-9, produce_span.go measure): it holds at 61, then falls
		}, map[int]float64{1: 12, 20: 12, 45: 12, 60: 12, 61: 12, 62: 12 * 28.0 / 30, 89: 12.0 / 30, 90: 0}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := NewStore(nil, DefaultLimits())
			t0 := time.Unix(2_000_000, 0) // on a trend bucket's start
			high := tt.old
			for sec := range 100 {
				high += tt.add(sec)
				now := t0.Add(time.Duration(sec) * time.Second)
				p := PartitionStat{Topic: "audit", Partition: 0, High: high}
				s.ApplyPoll(Poll{Start: now, Partitions: []PartitionStat{p}, Topics: []string{"audit"},
					Highs: map[TP]int64{{"audit", 0}: high}, TopicStats: []TopicStat{{Name: "audit", Partitions: 1}}})
				s.Read(func(st *State) {
					rate := st.TopicStats[0].Rate
					if want, ok := tt.want[sec]; ok && math.Abs(rate-want) > 1e-9 {
						t.Errorf("poll %d: the rate reads %.3f/s, want %.3f/s", sec, rate, want)
					}
					if got := st.Partitions[0].Rate; math.Abs(got-rate) > 1e-9 {
						t.Errorf("poll %d: the partition reads %.3f/s, its topic %.3f/s", sec, got, rate)
					}
					if tt.old > 0 {
						for _, v := range st.TopicRates.Last("audit", 60, now, nil) {
							if v > 0 {
								t.Errorf("poll %d: the trend draws %v for records older than the console", sec, v)
							}
						}
					}
				})
			}
		})
	}
}
