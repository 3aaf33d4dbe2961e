package model

import (
	"strings"
	"testing"
	"time"
)

// STALL and STOP count from when there was something to read: a group
// caught up on an idle topic is not "stuck" for the minutes before its
// records landed (ut29 W4), while an offset stuck with lag since the first
// poll still counts from that poll and says so (STALL?).
func TestStuckCountsFromWhenThereWasSomethingToRead(t *testing.T) {
	t0 := time.Date(2026, 11, 30, 8, 0, 0, 0, time.UTC)
	tp := TP{"audit", 0}
	cases := []struct {
		name    string
		idleFor time.Duration // lag 0 for this long first (0: lag from the first poll)
		lagFor  time.Duration // then lag 2 for this long
		health  Health
		reason  string
	}{
		{"records landed 2m ago after 5m idle", 5 * time.Minute, 2 * time.Minute, HealthStall, "offset stuck at 0 for 2m"},
		{"records landed 6m ago after 5m idle", 5 * time.Minute, 6 * time.Minute, HealthStop, "no progress for 6m"},
		{"lag since the first poll", 0, 2 * time.Minute, HealthStallSoFar, "since washboard started watching 2m"},
		{"lag since the first poll, past stop", 0, 6 * time.Minute, HealthStop, "no progress for 6m"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			l := NewLags(LagConfig{History: 60, Window: 5, StopAfter: 5 * time.Minute})
			var p *PartLag
			for at := time.Duration(0); at <= c.idleFor+c.lagFor; at += 10 * time.Second {
				high := int64(0)
				if at > c.idleFor || c.idleFor == 0 {
					high = 2
				}
				l.Observe(t0.Add(at), nil, map[TP]int64{tp: high}, []GroupStat{{ID: "g", State: "Empty"}},
					[]Committed{{Group: "g", Offsets: map[TP]int64{tp: 0}}})
				p = l.Groups["g"].Parts[tp]
			}
			if p.Health != c.health || !strings.Contains(p.Reason(), c.reason) {
				t.Fatalf("%s (%s), want %s with %q", p.Health, p.Reason(), c.health, c.reason)
			}
		})
	}
}
