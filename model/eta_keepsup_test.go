package model

import (
	"testing"
	"time"
)

// ut40b-12: `eta ~25s` (and a frame earlier `∞`) for a live consumer one
// second behind the head of a partition written at <0.1/s: the eta
// divided one record by the partition's rate. An eta is the lag over the
// net catch-up rate; a consumer keeping up (the record at its committed
// offset within keepingPace of the head, or, its age unknown, a lag within
// one poll's production) has no eta to wait for: 0, drawn `-`.
func TestETAOfAConsumerKeepingUpIsNone(t *testing.T) {
	tests := []struct {
		name string
		p    PartLag
		want time.Duration // -1: never
	}{
		{"1 record, 1s behind, read at 0.04/s", PartLag{Lag: 1, Rate: 0.04, Behind: time.Second}, 0},
		{"1 record, 1s behind, not read this window", PartLag{Lag: 1, Behind: time.Second}, 0},
		{"40 records, 9s behind, lag rising a little", PartLag{Lag: 40, Rate: 5, Drain: -0.1, Behind: 9 * time.Second}, 0},
		{"510 records, 51s behind, falling 10/s", PartLag{Lag: 510, Rate: 20, Drain: 10, Behind: 51 * time.Second}, 51 * time.Second},
		{"stopped 2m behind", PartLag{Lag: 300, Behind: 2 * time.Minute}, -1},
		{"read slower than written, 30s behind", PartLag{Lag: 90, Rate: 2, Drain: -1, Behind: 30 * time.Second}, -1},
		{"older than the history (>5m), falling 2/s", PartLag{Lag: 600, Rate: 3, Drain: 2, Behind: 5 * time.Second, BehindAtLeast: true}, 300 * time.Second},
		{"age unknown, lag within one poll's production", withHist(PartLag{Lag: 3, Rate: 5}, time.Second), 0},
		{"age unknown, lag of two polls' production, falling 1/s", withHist(PartLag{Lag: 10, Rate: 5, Drain: 1}, time.Second), 10 * time.Second},
		{"no lag", PartLag{Rate: 5, Behind: time.Hour}, 0},
	}
	for _, tt := range tests {
		if got := tt.p.ETA(); got != tt.want {
			t.Errorf("%s: eta %v, want %v", tt.name, got, tt.want)
		}
	}
}

// withHist is p with two samples dt apart in its history.
func withHist(p PartLag, dt time.Duration) PartLag {
	p.Hist = NewRing[Sample](4)
	p.Hist.Push(Sample{At: 0, Lag: p.Lag})
	p.Hist.Push(Sample{At: int64(dt), Lag: p.Lag})
	return p
}
