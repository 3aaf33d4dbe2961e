package model

import (
	"testing"
	"time"
)

func TestLagAsTimeFromWatermarkHistory(t *testing.T) {
	t0 := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	tp := TP{"t", 0}
	tests := []struct {
		name      string
		committed int64
		want      time.Duration
		atLeast   bool
	}{
		{"caught up", 130, 0, false},
		{"waiting since the watermark passed it", 115, 2 * time.Second, false}, // 120 was first seen at t0+3s
		{"older than the history", 50, 5 * time.Second, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l := NewLags(LagConfig{})
			// The watermark: 100, 110, 110 (unchanged: not kept), 120, 130, 130.
			for i, h := range []int64{100, 110, 110, 120, 130, 130} {
				l.Observe(t0.Add(time.Duration(i)*time.Second), nil, map[TP]int64{tp: h}, nil,
					[]Committed{{Group: "g", Offsets: map[TP]int64{tp: tt.committed}}})
			}
			p := l.Groups["g"].Parts[tp]
			if p.Behind != tt.want || p.BehindAtLeast != tt.atLeast {
				t.Fatalf("behind %v (at least: %v), want %v (%v)", p.Behind, p.BehindAtLeast, tt.want, tt.atLeast)
			}
			if top := l.Groups["g"].Topics["t"]; top.Behind != tt.want {
				t.Fatalf("topic behind %v, want %v", top.Behind, tt.want)
			}
		})
	}
}
