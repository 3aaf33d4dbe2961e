package model

import (
	"testing"
	"time"
)

// TestProduceRateStopsWhenProducersStop drives one partition's high
// watermark poll by poll (one second apart) and checks the header's
// produced rate: smoothed while records flow, 0 by the second poll with
// nothing new (it used to halve on every poll, ~12 s to read 0).
func TestProduceRateStopsWhenProducersStop(t *testing.T) {
	for _, tc := range []struct {
		name  string
		highs []int64
		want  []float64 // the rate after each poll
	}{
		{"steady flow is smoothed, then stops within one poll",
			[]int64{100, 5100, 10100, 15100, 15100, 15100, 15100},
			[]float64{0, 2500, 3750, 4375, 2187.5, 0, 0}},
		{"one late poll (a gap between bursts) halves, never zeroes",
			[]int64{100, 1100, 2100, 2100, 3100, 4100},
			[]float64{0, 500, 750, 375, 687.5, 843.75}},
		{"a restart after a stop starts smoothing afresh",
			[]int64{100, 200, 200, 200, 400, 600},
			[]float64{0, 50, 25, 0, 100, 150}},
		{"idle from the start reads 0",
			[]int64{7, 7, 7},
			[]float64{0, 0, 0}},
		{"a log replaced (watermark fell) gives no delta",
			[]int64{100, 1100, 10, 20},
			[]float64{0, 500, 0, 5}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t0 := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
			var m hwMark
			ok := false
			for i, h := range tc.highs {
				m, ok = produceRate(m, ok, t0.Add(time.Duration(i)*time.Second), h), true
				if m.rate != tc.want[i] {
					t.Fatalf("poll %d (high %d): rate %v, want %v (all %v)", i, h, m.rate, tc.want[i], tc.want)
				}
			}
		})
	}
}
