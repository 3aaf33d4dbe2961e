package model

import (
	"testing"
	"time"
)

// A busy partition's watermark history is thinned, not cut: a group stuck
// for ten minutes on a partition whose watermark moves every second reads
// about ten minutes behind, not ">2m" (the history used to keep only the
// newest 120 changes). Memory stays bounded.
func TestBehindReachesPastTheHistoryCap(t *testing.T) {
	l := NewLags(LagConfig{History: 10, Window: 3, StopAfter: time.Hour})
	tp := TP{Topic: "orders", Partition: 0}
	start := time.Date(2026, 11, 29, 15, 0, 0, 0, time.UTC)
	for i := range 600 {
		l.recordHighs(start.Add(time.Duration(i)*time.Second), map[TP]int64{tp: int64(100 + i)})
	}
	now := start.Add(600 * time.Second)
	d, atLeast := l.behind(now, tp, 100) // stuck at the first poll's watermark
	if d < 9*time.Minute || d > 10*time.Minute+time.Second {
		t.Errorf("behind %v (at least %v), want about 10m", d, atLeast)
	}
	if n := l.hw[tp].Len(); n > hwHistoryCap {
		t.Errorf("history holds %d points, over its cap %d", n, hwHistoryCap)
	}
	if d, _ := l.behind(now, tp, 698); d != time.Second { // recent records keep their exact age
		t.Errorf("a record from 1s ago reads %v behind", d)
	}
}
