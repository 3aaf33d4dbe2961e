package model

import (
	"testing"
	"time"
)

// ut43b-15: a live group consuming five of its six partitions read STOP,
// its reason one partition's `no progress for 6m`, as if it had stopped.
// Burrow's worst-partition rule stays (the group's word is STOP); the
// reason says how many partitions stopped, which, and what the others do.
func TestAStopAmongLivePartitionsSaysHowManyStopped(t *testing.T) {
	t0 := time.Date(2026, 11, 30, 8, 0, 0, 0, time.UTC)
	cases := []struct {
		name    string
		stopped []int // partitions whose offset stands from the first poll
		stalled []int // partitions whose offset stands from the last minute
		want    string
	}{
		{"one of six", []int{3}, nil, "STOP: 1 of 6 partitions stopped (orders/3 at 1,200 for 6m); the other 5 consume"},
		{"two of six", []int{3, 4}, nil, "STOP: 2 of 6 partitions stopped (orders/3 at 1,200 for 6m, and 1 more); the other 4 consume"},
		{"one of six, one stalled", []int{3}, []int{5}, "STOP: 1 of 6 partitions stopped (orders/3 at 1,200 for 6m); the other 5: 1 STALL, 4 OK"},
		{"five of six", []int{0, 1, 2, 3, 4}, nil, "STOP: 5 of 6 partitions stopped (orders/0 at 1,200 for 6m, and 4 more); the other one consumes"},
		{"every partition", []int{0, 1, 2, 3, 4, 5}, nil, "orders/0 (+5 STOP): no progress for 6m (offset 1,200, lag 14,400)"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			l := NewLags(LagConfig{History: 60, Window: 5, StopAfter: 5 * time.Minute})
			in := func(ps []int, i int) bool {
				for _, p := range ps {
					if p == i {
						return true
					}
				}
				return false
			}
			end := 6 * time.Minute
			for at := time.Duration(0); at <= end; at += 10 * time.Second {
				high := 1200 + int64(at/time.Second)*40
				highs, offs := map[TP]int64{}, map[TP]int64{}
				var assigned []TP
				for i := range 6 {
					tp := TP{"orders", i}
					highs[tp], offs[tp] = high, high-5
					switch {
					case in(c.stopped, i):
						offs[tp] = 1200
					case in(c.stalled, i) && at > end-time.Minute:
						offs[tp] = 1200 + int64((end-time.Minute)/time.Second)*40 - 5
					}
					assigned = append(assigned, tp)
				}
				g := GroupStat{ID: "g", State: "Stable", Members: 1, Detail: []MemberStat{{ID: "m", ClientID: "c", Assigned: assigned}}}
				l.Observe(t0.Add(at), nil, highs, []GroupStat{g}, []Committed{{Group: "g", Offsets: offs}})
			}
			g := l.Groups["g"]
			if g.Health != HealthStop {
				t.Fatalf("the group reads %s, want STOP (the worst partition's word): %s", g.Health, g.Reason())
			}
			if got := g.Reason(); got != c.want {
				t.Fatalf("reason\n got %q\nwant %q", got, c.want)
			}
		})
	}
}
