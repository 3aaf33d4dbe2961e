package model

import (
	"testing"
	"time"
)

// ut36a-11, ut36b-13: `eta ~18m` for a partition consumed at 0.8/s while
// written at 3.0/s (its lag only grows), and a topic row's `~5m` over
// partitions saying ∞. A partition whose lag grew by more than half the
// records written over the window does not drain; a consumer keeping
// pace, committing every 5 s, has an eta on every poll; a topic drains
// when its last partition does.
func TestETASaysALagThatGrowsNeverDrains(t *testing.T) {
	t0 := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name        string
		high, off   func(i int) int64 // per poll, one a second
		wantForever bool
	}{
		{"consumed 0.8/s, written 3/s", func(i int) int64 { return 1000 + int64(i)*3 }, func(i int) int64 { return int64(i) * 8 / 10 }, true},
		{"consumed 20/s, written 10/s", func(i int) int64 { return 1000 + int64(i)*10 }, func(i int) int64 { return int64(i) * 20 }, false},
		{"keeping pace, committing every 5 s", func(i int) int64 { return 1000 + int64(i)*10 }, func(i int) int64 { return 990 + int64(i/5*5)*10 }, false},
	}
	for _, tt := range tests {
		l := NewLags(LagConfig{History: 64, Window: 30})
		tp := TP{"t", 0}
		for i := range 90 {
			l.Observe(t0.Add(time.Duration(i)*time.Second), nil, map[TP]int64{tp: tt.high(i)}, nil,
				[]Committed{{Group: "g", Offsets: map[TP]int64{tp: tt.off(i)}}})
			if i < 35 {
				continue
			}
			p := l.Groups["g"].Parts[tp]
			if p.Lag == 0 {
				continue
			}
			if forever := p.ETA() < 0; forever != tt.wantForever {
				t.Fatalf("%s, poll %d: lag %d at %.1f/s: eta %v, want never draining %v", tt.name, i, p.Lag, p.Rate, p.ETA(), tt.wantForever)
			}
		}
	}
	// a topic with one partition draining and one growing never drains
	l := NewLags(LagConfig{History: 64, Window: 30})
	a, b := TP{"t", 0}, TP{"t", 1}
	for i := range 60 {
		l.Observe(t0.Add(time.Duration(i)*time.Second), nil, map[TP]int64{a: 1000 + int64(i)*10, b: 1000 + int64(i)*3}, nil,
			[]Committed{{Group: "g", Offsets: map[TP]int64{a: int64(i) * 20, b: int64(i) / 2}}})
	}
	if g := l.Groups["g"]; g.Parts[a].ETA() <= 0 || g.Parts[b].ETA() >= 0 || g.Topics["t"].ETA >= 0 {
		t.Fatalf("etas %v and %v, topic %v: want one draining, one not, the topic not", g.Parts[a].ETA(), g.Parts[b].ETA(), g.Topics["t"].ETA)
	}
}
