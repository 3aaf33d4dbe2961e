package model

import (
	"math"
	"testing"
	"time"
)

// TestProduceRate drives one partition's high watermark poll by poll (one
// second apart unless said) and checks the produced rate after each: a
// rate over the last bursts, which a bursty producer does not drop to 0
// between bursts (ut16a D1) and a steady one does not flap (ut15b C23),
// and which reads 0 by the second poll after a steady producer stops
// (issue 9).
func TestProduceRate(t *testing.T) {
	for _, tc := range []struct {
		name  string
		at    []float64 // seconds of each poll; nil: 0, 1, 2, …
		highs []int64
		want  []float64 // the rate after each poll
	}{
		{"steady flow reads its rate, then 0 by the second poll after it stops",
			nil,
			[]int64{100, 110, 120, 130, 140, 140, 140, 140},
			[]float64{0, 10, 10, 10, 10, 10, 0, 0}},
		{"a steady flow with uneven deltas is averaged over the last three polls",
			nil,
			[]int64{0, 10, 30, 40, 60, 70, 90},
			[]float64{0, 10, 20, 15, 50.0 / 3, 40.0 / 3, 50.0 / 3}},
		{"bursts every third poll keep their rate between bursts (the first, lone, over 30 s until the second)",
			nil,
			[]int64{0, 30, 30, 30, 60, 60, 60, 90, 90, 90, 120},
			[]float64{0, 30, 30, 1, 10, 10, 10, 10, 10, 10, 10}},
		{"bursts every third poll read 0 once silent for twice their gap",
			nil,
			[]int64{0, 30, 30, 30, 60, 60, 60, 90, 90, 90, 90, 90, 90, 90},
			[]float64{0, 30, 30, 1, 10, 10, 10, 10, 10, 10, 10, 10, 10, 0}},
		{"a broker exposing records every other poll reads a steady rate, never 0",
			nil,
			[]int64{0, 0, 21, 21, 42, 42, 64, 64, 85},
			[]float64{0, 0, 21, 21, 10.5, 10.5, 43.0 / 4, 43.0 / 4, 64.0 / 6}},
		{"a one-off burst reads its records over 30 s from the second poll after it, then 0 (ut22a M9: not 0.0/s)",
			[]float64{0, 1, 2, 3, 4, 31, 32, 33},
			[]int64{5, 5, 1005, 1005, 1005, 1005, 1005, 1005},
			[]float64{0, 0, 1000, 1000, 1000.0 / 30, 1000.0 / 30, 0, 0}},
		{"a burst of 300 every 25 s after an idle minute: 300/s, its records over 30 s, then the rhythm's 12/s",
			[]float64{0, 1, 60, 61, 62, 63, 85, 86, 87, 110, 111},
			[]int64{0, 0, 0, 300, 300, 300, 300, 600, 600, 600, 900},
			[]float64{0, 0, 0, 300, 300, 10, 10, 12, 12, 12, 12}},
		{"a steady producer back after a pause starts afresh from the poll before",
			nil,
			[]int64{0, 10, 20, 30, 30, 30, 30, 30, 30, 30, 40, 50},
			[]float64{0, 10, 10, 10, 10, 0, 0, 0, 0, 0, 10, 10}},
		{"bursts every 14 polls (a kcat -P pipe) keep their rate",
			[]float64{0, 1, 2, 15, 16, 29, 30, 43},
			[]int64{0, 140, 140, 280, 280, 420, 420, 560},
			[]float64{0, 140, 140, 10, 10, 10, 10, 10}},
		{"a move after rateMaxIdle silent polls starts afresh",
			nil,
			append(append([]int64{0, 140}, repeat(int64(140), rateMaxIdle)...), 170),
			append(append([]float64{0, 140, 140}, repeat(140.0/30, rateMaxIdle-2)...), 0, 30)},
		{"one late poll changes nothing",
			[]float64{0, 1, 2, 4, 5, 6},
			[]int64{0, 10, 20, 40, 50, 60},
			[]float64{0, 10, 10, 10, 10, 10}},
		{"idle from the start reads 0",
			nil,
			[]int64{7, 7, 7},
			[]float64{0, 0, 0}},
		{"a log replaced (watermark fell) gives no delta",
			nil,
			[]int64{100, 1100, 10, 20},
			[]float64{0, 1000, 0, 10}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t0 := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
			var m hwMark
			ok := false
			got := make([]float64, len(tc.highs))
			for i, h := range tc.highs {
				at := float64(i)
				if tc.at != nil {
					at = tc.at[i]
				}
				m, ok = produceRate(m, ok, t0.Add(time.Duration(at*float64(time.Second))), h), true
				got[i] = m.rate
			}
			for i := range got {
				if math.Abs(got[i]-tc.want[i]) > 1e-9 {
					t.Fatalf("rates %v, want %v (poll %d differs)", got, tc.want, i)
				}
			}
		})
	}
}

// repeat is n copies of v.
func repeat[T any](v T, n int) []T {
	out := make([]T, n)
	for i := range out {
		out[i] = v
	}
	return out
}
