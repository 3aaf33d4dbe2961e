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
		steady bool // the producer writes every poll
	}{
		{"300 every 25 s, committed 2 s after each",
			func(sec int) int64 { return burstAt(sec, 0) },
			func(sec int) bool { return sec%25 == 2 },
			12, false},
		{"300 every 25 s, committed every 5 s",
			func(sec int) int64 { return burstAt(sec, 1) },
			func(sec int) bool { return sec%5 == 3 },
			12, false},
		{"a steady 12/s, committed every poll",
			func(int) int64 { return 12 },
			func(int) bool { return true },
			12, true},
		{"a steady 12/s, committed every 5 s (auto-commit)",
			func(int) int64 { return 12 },
			func(sec int) bool { return sec%5 == 1 },
			12, true},
		{"a steady 12/s, committed every 7 s",
			func(int) int64 { return 12 },
			func(sec int) bool { return sec%7 == 3 },
			12, true},
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
				// the topic reads the records of its last 30 s (produce_span.go):
				// one burst or two beside a bursty producer, its rate beside a steady one
				topic, group := l.TopicRate("inv"), l.Groups["g"].Topics["inv"].Rate
				if math.Abs(group-tc.want) > 1e-9 || tc.steady && math.Abs(topic-tc.want) > 1e-9 {
					t.Fatalf("poll %d: the topic reads %.2f/s, the caught-up group %.2f/s, want the group at %v/s", sec, topic, group, tc.want)
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

// A group committing every 5 s what it consumed at 8/s reads 8/s between
// its commits, behind a topic producing 12/s; once it stops, its rate
// falls to 0 within a window and a commit period, never above 8/s on the
// way (consume_steps.go).
func TestAGroupCommittingInStepsReadsItsPaceAndItsStop(t *testing.T) {
	l := NewLags(LagConfig{})
	t0 := time.Unix(2_000_000, 0)
	tp := TP{"inv", 0}
	var committed int64
	for sec := range 260 {
		high := int64(12 * sec)
		if sec < 200 && sec%5 == 2 {
			committed = int64(8 * sec)
		}
		l.Observe(t0.Add(time.Duration(sec)*time.Second), []PartitionStat{{Topic: "inv", High: high}}, map[TP]int64{tp: high},
			nil, []Committed{{Group: "g", Offsets: map[TP]int64{tp: committed}}})
		rate := l.Groups["g"].Topics["inv"].Rate
		switch {
		case sec >= 60 && sec < 200 && math.Abs(rate-8) > 1e-9:
			t.Fatalf("poll %d: %.2f/s, want 8/s between its commits", sec, rate)
		case sec >= 200 && rate > 8+1e-9:
			t.Fatalf("poll %d after the stop: %.2f/s, above its pace", sec, rate)
		case sec >= 200+30+5 && rate != 0:
			t.Fatalf("poll %d, %d s after the last commit: %.2f/s, want 0", sec, sec-197, rate)
		}
	}
}
