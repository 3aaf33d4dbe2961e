package model

import (
	"math"
	"testing"
	"time"
)

// ut22a M9 d: a caught-up group reading a topic written in bursts reads
// the topic's rate, poll after poll, not the one or two bursts that fall
// in its 30-poll window (10.3/s or 20.7/s beside 12.0/s); a steady
// producer's group reads its rate as before.
func TestCaughtUpGroupReadsItsTopicsRate(t *testing.T) {
	for _, tc := range []struct {
		name   string
		burst  func(sec int) int64 // records produced before poll sec
		commit func(sec int) bool  // the group commits what it read at poll sec
		want   float64
	}{
		{"300 every 25 s, committed 2 s after each",
			func(sec int) int64 { return burstAt(sec, 0) },
			func(sec int) bool { return sec%25 == 2 },
			12},
		{"300 every 25 s, committed every 5 s",
			func(sec int) int64 { return burstAt(sec, 1) },
			func(sec int) bool { return sec%5 == 3 },
			12},
		{"a steady 12/s, committed every poll",
			func(int) int64 { return 12 },
			func(int) bool { return true },
			12},
	} {
		t.Run(tc.name, func(t *testing.T) {
			l := NewLags(LagConfig{})
			t0 := time.Unix(2_000_000, 0)
			highs := make([]int64, 3)
			committed := make([]int64, 3)
			for sec := range 300 {
				highs[(sec/25)%3] += tc.burst(sec)
				if tc.commit(sec) {
					copy(committed, highs)
				}
				parts := make([]PartitionStat, 3)
				hw, offs := map[TP]int64{}, map[TP]int64{}
				for p := range parts {
					parts[p] = PartitionStat{Topic: "inv", Partition: p, High: highs[p]}
					hw[TP{"inv", p}], offs[TP{"inv", p}] = highs[p], committed[p]
				}
				l.Observe(t0.Add(time.Duration(sec)*time.Second), parts, hw, nil, []Committed{{Group: "g", Offsets: offs}})
				if sec < 120 {
					continue
				}
				topic, group := l.TopicRate("inv"), l.Groups["g"].Topics["inv"].Rate
				if math.Abs(topic-tc.want) > 1e-9 || math.Abs(group-tc.want) > 1e-9 {
					t.Fatalf("poll %d: the topic reads %.2f/s, the caught-up group %.2f/s, want both %v/s", sec, topic, group, tc.want)
				}
			}
		})
	}
}

// burstAt is 300 records at the polls sec%25 == at, else none.
func burstAt(sec, at int) int64 {
	if sec%25 == at {
		return 300
	}
	return 0
}
