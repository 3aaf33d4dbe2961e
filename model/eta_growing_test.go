package model

import (
	"testing"
	"time"
)

// ut36a-11, ut36b-13, ut37-5, ut37-16: `eta ~18m` for a partition read at
// 0.8/s while written at 3.0/s (its lag only grows), `~2m` for one read at
// 1.3/s against 1.0/s written (about five times that), and a topic row's
// `~5m` over partitions saying ∞. The eta is the lag over the pace it
// fell; a topic drains when its last partition does.
func TestETASaysALagThatGrowsNeverDrains(t *testing.T) {
	t0 := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name      string
		high, off func(i int) int64 // per poll, one a second
		want      time.Duration     // at poll 60; -1: never
	}{
		{"read 0.8/s, written 3/s", func(i int) int64 { return 1000 + int64(i)*3 }, func(i int) int64 { return int64(i) * 8 / 10 }, -1},
		{"read 2/s, written 3/s", func(i int) int64 { return 1000 + int64(i)*3 }, func(i int) int64 { return int64(i) * 2 }, -1},
		// lag at poll 60: 1000+60*10 - 60*13 = 820; falling 3/s: 273 s
		{"read 13/s, written 10/s", func(i int) int64 { return 1000 + int64(i)*10 }, func(i int) int64 { return int64(i) * 13 }, 820 * time.Second / 3},
		{"stopped", func(i int) int64 { return 1000 + int64(i)*10 }, func(int) int64 { return 5 }, -1},
	}
	for _, tt := range tests {
		l := NewLags(LagConfig{History: 64, Window: 30})
		tp := TP{"t", 0}
		for i := range 61 {
			l.Observe(t0.Add(time.Duration(i)*time.Second), nil, map[TP]int64{tp: tt.high(i)}, nil,
				[]Committed{{Group: "g", Offsets: map[TP]int64{tp: tt.off(i)}}})
		}
		p := l.Groups["g"].Parts[tp]
		got := p.ETA()
		if (tt.want < 0) != (got < 0) || (tt.want > 0 && (got-tt.want).Abs() > time.Second) {
			t.Errorf("%s: lag %d at %.1f/s: eta %v, want %v", tt.name, p.Lag, p.Rate, got, tt.want)
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
