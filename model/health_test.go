package model

import (
	"strings"
	"testing"
	"time"
)

func TestEvaluateFollowsBurrowRules(t *testing.T) {
	t0 := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	// script builds one sample a second from (offset, lag) pairs.
	script := func(pairs ...int64) []Sample {
		var out []Sample
		for i := 0; i+1 < len(pairs); i += 2 {
			out = append(out, Sample{At: t0.Add(time.Duration(i/2) * time.Second).UnixNano(), Offset: pairs[i], Lag: pairs[i+1]})
		}
		return out
	}
	tests := []struct {
		name   string
		win    []Sample
		moved  time.Duration // after t0
		now    time.Duration
		want   Health
		reason string
	}{
		{"empty", nil, 0, 0, HealthOK, "no committed offset"},
		{"caught up at the last poll", script(10, 5, 20, 3, 30, 0), 2 * time.Second, 3 * time.Second, HealthOK, "lag 0 at 1 of 3 polls of the last 3s"},
		// every poll at 0 says so, not `lag was zero within the last 29s`
		// for a group at 0 for 13 minutes (ut43b-11)
		{"caught up at every poll", script(10, 0, 20, 0, 30, 0), 2 * time.Second, 3 * time.Second, HealthOK, "caught up: lag 0 at every poll of the last 3s"},
		{"zero anywhere in the window wins", script(10, 0, 10, 4, 10, 8), 0, 3 * time.Second, HealthOK, "lag 0 at 1 of 3 polls"},
		{"rising while consuming", script(10, 5, 12, 7, 14, 9, 16, 12), 3 * time.Second, 4 * time.Second, HealthWarn, "from 5 to 12"},
		{"flat lag is fine", script(10, 5, 20, 5, 30, 5), 2 * time.Second, 3 * time.Second, HealthOK, "consuming"},
		{"falling lag is fine", script(10, 9, 20, 6, 30, 2), 2 * time.Second, 3 * time.Second, HealthOK, "consuming"},
		{"stalled", script(10, 5, 10, 6, 10, 9), 0, 3 * time.Second, HealthStall, "stuck at 10"},
		{"stopped", script(10, 5, 10, 6, 10, 9), 0, 10 * time.Minute, HealthStop, "no progress for 10m (offset"},
		// spans read as everywhere else (model.Elapsed; ut16b E27: "4m36s" here, "6m" in Partitions)
		{"stalled for minutes", script(10, 5, 10, 6, 10, 9), 0, 276 * time.Second, HealthStall, "stuck at 10 for 4m while"},
		{"rewound", script(10, 5, 4, 11, 5, 10), 2 * time.Second, 3 * time.Second, HealthErr, "went back from 10 to 4"},
		{"too few to judge", script(10, 5, 10, 6), 0, 2 * time.Second, HealthOK, "too few"},
		// numbers in words read as in the lists beside them (issue 14, F32: "lag 1355" next to "lag 1,355")
		{"stalled, large", script(12345, 1355, 12345, 1360, 12345, 1370), 0, 3 * time.Second, HealthStall, "stuck at 12,345 for 3s while lag is 1,370"},
		{"stopped, large", script(12345, 1355, 12345, 1360, 12345, 1370), 0, 10 * time.Minute, HealthStop, "(offset 12,345, lag 1,370)"},
		{"consuming, large", script(1000, 2500, 2000, 2500, 3000, 2500), 2 * time.Second, 3 * time.Second, HealthOK, "consuming; lag 2,500"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v := Evaluate(tt.win, t0.Add(tt.moved), t0.Add(tt.now), 5*time.Minute)
			got, why := v.Health, v.Reason()
			if got != tt.want || !strings.Contains(why, tt.reason) {
				t.Fatalf("got %s %q, want %s containing %q", got, why, tt.want, tt.reason)
			}
		})
	}
}

// A group whose partitions are not judged yet is not called OK on the one
// whose lag happened to be zero: "new" outranks OK in the group's and the
// topic's word, and the reason names a partition not judged (ut15b C4).
func TestGroupHealthIsNotOKWhileItsPartitionsAreNew(t *testing.T) {
	t0 := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	l := NewLags(LagConfig{History: 10, Window: 5})
	for i := range 2 {
		highs := map[TP]int64{{"orders", 0}: 100, {"orders", 1}: int64(100 + 40*i)}
		l.Observe(t0.Add(time.Duration(i)*time.Second), nil, highs, nil,
			[]Committed{{Group: "billing", Offsets: map[TP]int64{{"orders", 0}: 100, {"orders", 1}: 50}}})
	}
	g := l.Groups["billing"]
	if g.Parts[TP{"orders", 0}].Health != HealthOK || g.Parts[TP{"orders", 1}].Health != HealthNew {
		t.Fatalf("partitions %v and %v, want OK (lag zero) and new", g.Parts[TP{"orders", 0}].Health, g.Parts[TP{"orders", 1}].Health)
	}
	if g.Health != HealthNew || g.Topics["orders"].Health != HealthNew {
		t.Errorf("group %v, topic %v: want new while a partition is not judged", g.Health, g.Topics["orders"].Health)
	}
	if r := g.Reason(); !strings.Contains(r, "orders/1") {
		t.Errorf("reason %q does not name the partition not judged", r)
	}
}
