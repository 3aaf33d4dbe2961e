package model

import (
	"testing"
	"time"
)

func TestDrainMeter(t *testing.T) {
	t0 := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	type sample struct {
		ms     int
		behind int64
	}
	for _, tc := range []struct {
		name    string
		samples []sample
		want    float64
	}{
		{"nothing yet", nil, 0},
		{"one fold: no span to measure", []sample{{0, 1_000_000}}, 0},
		{"two folds 20 ms apart: too short a span", []sample{{0, 1_000_000}, {20, 990_000}}, 0},
		// The first second of a 1M catch-up: the pace is known after a
		// tenth of a second, not after a whole second divided by five.
		{"a tenth of a second from the first fold", []sample{{0, 1_000_000}, {50, 975_000}, {100, 950_000}}, 500_000},
		{"falling behind reads negative", []sample{{0, 1000}, {500, 2000}}, -2000},
		// Only the last drainWindow counts: a slow start is forgotten.
		{"the window slides", []sample{{0, 1_000_000}, {1000, 990_000}, {2000, 980_000}, {3000, 970_000},
			{4000, 670_000}, {5000, 370_000}, {6000, 70_000}}, 300_000},
		{"many folds keep few samples and the same figure", func() []sample {
			var out []sample
			for ms := 0; ms <= 2000; ms += 5 {
				out = append(out, sample{ms, 1_000_000 - int64(ms)*100})
			}
			return out
		}(), 100_000},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var m DrainMeter
			for _, s := range tc.samples {
				m.Add(t0.Add(time.Duration(s.ms)*time.Millisecond), s.behind)
			}
			if got := m.Rate(); got < tc.want-0.5 || got > tc.want+0.5 {
				t.Fatalf("rate %v, want %v", got, tc.want)
			}
			if max := int(drainWindow/drainSpacing) + 2; len(m.samples) > max {
				t.Fatalf("%d samples kept, want at most %d", len(m.samples), max)
			}
			m.Reset()
			if m.Rate() != 0 || m.Started() {
				t.Fatalf("after Reset: rate %v started %v", m.Rate(), m.Started())
			}
		})
	}
}

func TestCatchUpLeft(t *testing.T) {
	for _, tc := range []struct {
		behind int64
		drain  float64
		want   time.Duration
	}{
		{0, 100, 0},
		{1000, 0, -1},
		{1000, -50, -1},
		{1_000_000, 500_000, 2 * time.Second},
		{750, 1000, 750 * time.Millisecond},
	} {
		if got := CatchUpLeft(tc.behind, tc.drain); got != tc.want {
			t.Errorf("CatchUpLeft(%d, %v) = %v, want %v", tc.behind, tc.drain, got, tc.want)
		}
	}
}
