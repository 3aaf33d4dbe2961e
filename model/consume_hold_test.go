package model

import (
	"math"
	"strconv"
	"testing"
	"time"
)

// ut42b-9: a producer writing 10 records every 5.3 s (kcat -P's
// batches, 1.9/s) read by a caught-up consumer that commits every 5 s
// (librdkafka's auto-commit): the group's consume rate flipped 1.6/s and
// 2.0/s from poll to poll while nothing changed, its commits taking one
// batch or none as the two clocks drift, and its window holding five
// commits' records or six. Polled every second on a simulated clock,
// from the third minute on the group's rate on the topic says one figure
// (within a tenth of the true 1.89/s); and a consumer that then slows
// to half that pace reads so within two windows.
func TestSteadyConsumerRateHolds(t *testing.T) {
	for _, tc := range []struct {
		name   string
		period float64 // seconds between the producer's batches
		batch  int64
		every  int // the consumer commits every this many polls
		parts  int
	}{
		{"10 every 5.3 s, commits every 5 s", 5.3, 10, 5, 1},
		{"10 every 5.3 s over 3 partitions, commits every 5 s", 5.3, 10, 5, 3},
		{"25 every 7.7 s, commits every 5 s", 7.7, 25, 5, 1},
		{"10 every 5.3 s, commits every 2 s", 5.3, 10, 2, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			l := NewLags(LagConfig{})
			t0 := time.Unix(2_000_000, 0)
			highs := make([]int64, tc.parts)
			committed := make([]int64, tc.parts)
			batches := 0
			said := map[string]int{}
			want := float64(tc.batch) / tc.period
			for sec := range 300 {
				for float64(batches)*tc.period <= float64(sec) {
					highs[batches%tc.parts] += tc.batch
					batches++
				}
				if sec%tc.every == 0 {
					copy(committed, highs)
				}
				observeOne(l, t0.Add(time.Duration(sec)*time.Second), highs, committed)
				if sec < 120 {
					continue
				}
				r := l.Groups["g"].Topics["inv"].Rate
				said[fmt1(r)]++
				if math.Abs(r-want) > want/10 {
					t.Fatalf("poll %d: the group reads %.2f/s, want about %.2f/s", sec, r, want)
				}
			}
			if len(said) > 1 {
				t.Fatalf("a steady consumer's rate read %v over three minutes, want one figure", said)
			}
			// the consumer slows to half the producer's pace, committing as
			// often as before
			share := int64(want/2*float64(tc.every)/float64(tc.parts) + 0.5)
			for sec := 300; sec < 400; sec++ {
				for float64(batches)*tc.period <= float64(sec) {
					highs[batches%tc.parts] += tc.batch
					batches++
				}
				if sec%tc.every == 0 {
					for p := range committed {
						committed[p] = min(highs[p], committed[p]+share)
					}
				}
				observeOne(l, t0.Add(time.Duration(sec)*time.Second), highs, committed)
			}
			slow := float64(share*int64(tc.parts)) / float64(tc.every)
			if r := l.Groups["g"].Topics["inv"].Rate; math.Abs(r-slow) > slow/10 {
				t.Fatalf("a consumer at %.2f/s reads %.2f/s (the producer %.2f/s)", slow, r, want)
			}
		})
	}
}

// observeOne is a poll of topic inv's partitions at highs, group g
// committed at committed.
func observeOne(l *Lags, now time.Time, highs, committed []int64) {
	parts := make([]PartitionStat, len(highs))
	hw, offs := map[TP]int64{}, map[TP]int64{}
	for p := range parts {
		parts[p] = PartitionStat{Topic: "inv", Partition: p, High: highs[p]}
		hw[TP{"inv", p}], offs[TP{"inv", p}] = highs[p], committed[p]
	}
	l.Observe(now, parts, hw, nil, []Committed{{Group: "g", Offsets: offs}})
}

// fmt1 is r as the panes say it, one decimal.
func fmt1(r float64) string { return strconv.FormatFloat(r, 'f', 1, 64) }
