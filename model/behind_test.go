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

// A busy partition's history keeps reaching back to the first poll as it
// fills (thinned, not cut): a group stopped minutes ago reads its age,
// not ">2m" (a user test, issue 14 F35).
func TestLagAsTimeReachesBackPastTheHistoryCap(t *testing.T) {
	t0 := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	tp := TP{"t", 0}
	l := NewLags(LagConfig{})
	// The watermark moves every second for 10 minutes; the group
	// committed 100 at the start and stopped there.
	var now time.Time
	for i := range 600 {
		now = t0.Add(time.Duration(i) * time.Second)
		l.Observe(now, nil, map[TP]int64{tp: 100 + int64(i)*10}, nil, []Committed{{Group: "g", Offsets: map[TP]int64{tp: 100}}})
	}
	p := l.Groups["g"].Parts[tp]
	if p.BehindAtLeast || p.Behind < 9*time.Minute+40*time.Second || p.Behind > 10*time.Minute {
		t.Fatalf("behind %v (at least: %v), want about 10m", p.Behind, p.BehindAtLeast)
	}
	// A record from 5 minutes ago is dated to within the spacing kept
	// there (a few seconds), and recent ones to the second.
	for _, c := range []struct {
		offset int64
		want   time.Duration
		slack  time.Duration
	}{{100 + 300*10, 5 * time.Minute, 20 * time.Second}, {100 + 590*10, 8 * time.Second, time.Second}} {
		d, atLeast := l.behind(now, tp, c.offset)
		if atLeast || d < c.want-c.slack || d > c.want+c.slack {
			t.Errorf("offset %d: behind %v (at least %v), want %v ± %v", c.offset, d, atLeast, c.want, c.slack)
		}
	}
	if n := len(l.hw[tp].pts); n > hwHistoryCap {
		t.Fatalf("history holds %d points, cap %d", n, hwHistoryCap)
	}
}

// A watermark that falls (the cluster replaced at the same address, the
// topic recreated) starts the history again: a record of the new cluster
// is not aged by the old one's (ut15b C12: behind 4m on a minute-old
// cluster).
func TestLagAsTimeStartsAgainWhenTheWatermarkFalls(t *testing.T) {
	t0 := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	tp := TP{"orders", 8}
	l := NewLags(LagConfig{})
	obs := func(at time.Duration, high, committed int64) {
		l.Observe(t0.Add(at), nil, map[TP]int64{tp: high}, nil, []Committed{{Group: "g1", Offsets: map[TP]int64{tp: committed}}})
	}
	for i := range 240 { // the old cluster: four minutes, the watermark to 2,124
		obs(time.Duration(i)*time.Second, int64(i*9), int64(i*9))
	}
	// The new cluster at the same address: the watermark starts again.
	for i := range 20 {
		obs(time.Duration(300+i)*time.Second, int64(i*7+1), int64(i*7))
	}
	if p := l.Groups["g1"].Parts[tp]; p.Behind > 2*time.Second {
		t.Fatalf("behind %v (at least %v) on a partition whose records are all under a minute old", p.Behind, p.BehindAtLeast)
	}
}

// A watermark that stood still for minutes and then moved dates the new
// records to the polls around the move, not spread over the idle minutes
// (ut30 X12: records 18 s old read `18m`, and `8m` on a console started
// later), whenever the console started watching. With the partitions'
// stats, as the poller gives them, the watermarks take the indexed path
// (lag_order.go), which skipped a watermark that stood still without
// noting the poll that saw it (ut34b-6: a batch 1 s old, after a minute
// with none, read `behind 1m`; kcat -Q -t T:P:ts put it at 1 s).
func TestLagAsTimeAfterAnIdleWatermark(t *testing.T) {
	t0 := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	tp := TP{"ledger", 0}
	for _, withParts := range []bool{false, true} {
		for _, started := range []time.Duration{0, 10 * time.Minute, 20 * time.Minute} {
			l := NewLags(LagConfig{})
			var now time.Time
			for at := started; at <= 22*time.Minute; at += 5 * time.Second {
				now = t0.Add(at)
				high := int64(20) // committed at 20, caught up, for 21 minutes
				if at > 21*time.Minute {
					high = 26 // then six records; the group stays at 20
				}
				var parts []PartitionStat
				if withParts {
					parts = []PartitionStat{{Topic: tp.Topic, Partition: tp.Partition, High: high}}
				}
				l.Observe(now, parts, map[TP]int64{tp: high}, nil, []Committed{{Group: "g", Offsets: map[TP]int64{tp: 20}}})
			}
			p := l.Groups["g"].Parts[tp]
			// the first poll that saw them was at 21m05s, 55 s before now
			if want := 55 * time.Second; p.Behind != want || p.BehindAtLeast {
				t.Errorf("watching from %v (partition stats %v): behind %v (at least %v), want %v", started, withParts, p.Behind, p.BehindAtLeast, want)
			}
		}
	}
}
