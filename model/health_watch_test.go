package model

import (
	"testing"
	"time"
)

// Two consoles on one cluster judge one group from the same polls, the
// second started 3 minutes later (ut19b J8: one said STOP, the other
// STALL, in the same minute). Whatever the first saw, the second never
// says a definite STALL where the first says STOP: until it has watched
// StopAfter it says STALL? (it cannot tell how long the offset stood),
// and from then on both say the same word.
func TestHealthDoesNotDependOnWhenWatchingStarted(t *testing.T) {
	t0 := time.Date(2026, 11, 29, 12, 0, 0, 0, time.UTC)
	tp := TP{"orders", 0}
	cfg := LagConfig{History: 120, Window: 3, StopAfter: 5 * time.Minute}
	for _, tt := range []struct {
		name   string
		moveAt time.Duration // the committed offset's last move, before or after the second console starts
	}{
		{"stuck before either started", -time.Hour},
		{"last moved while only the first watched", time.Minute},
		{"last moved while both watched", 4 * time.Minute},
	} {
		t.Run(tt.name, func(t *testing.T) {
			first, second := NewLags(cfg), NewLags(cfg)
			late := 3 * time.Minute
			agreeFrom := time.Duration(-1)
			for at := time.Duration(0); at <= 12*time.Minute; at += 10 * time.Second {
				committed := int64(100)
				if at >= tt.moveAt && tt.moveAt >= 0 {
					committed = 150
				}
				poll := func(l *Lags) Health {
					l.Observe(t0.Add(at), nil, map[TP]int64{tp: 1000}, []GroupStat{{ID: "g"}}, []Committed{{Group: "g", Offsets: map[TP]int64{tp: committed}}})
					return l.Groups["g"].Health
				}
				a := poll(first)
				if at < late {
					continue
				}
				b := poll(second)
				switch {
				case a == b:
					if agreeFrom < 0 {
						agreeFrom = at
					}
				case b == HealthStallSoFar && (a == HealthStall || a == HealthStop) || b == HealthNew:
					agreeFrom = -1 // provisional, and said so
				default:
					t.Fatalf("at +%s the first console says %s, the second (started +%s) %s: %s", at, a, late, b, second.Groups["g"].Reason())
				}
			}
			if agreeFrom < 0 || agreeFrom > late+cfg.StopAfter+30*time.Second {
				t.Errorf("the consoles agree only from +%s, want by +%s", agreeFrom, late+cfg.StopAfter)
			}
		})
	}
}
