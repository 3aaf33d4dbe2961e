package model

import (
	"strings"
	"testing"
	"time"
)

// A move onto a commit carrying washboard's reset mark restarts the
// health window wherever the offset lands (the preview's offsets fall
// behind the end while the operator types), names this console's own
// author where it logged the reset, and "a washboard console" where
// another console made it. A mark left on an offset that does not move
// (the commit seen again, or by a console started after the reset)
// restarts nothing.
func TestAMarkedCommitIsAReset(t *testing.T) {
	t0 := time.Date(2026, 11, 30, 8, 0, 0, 0, time.UTC)
	tp := TP{"orders", 0}
	cases := []struct {
		name   string
		logged bool // this console made the reset and logged it
		reason string
	}{
		{"made on another console", false, "reset by a washboard console at "},
		{"made on this console", true, "reset by alice at "},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			st := &State{Lag: NewLags(LagConfig{History: 60, Window: 3, StopAfter: time.Hour})}
			l := st.Lag
			poll := func(i int, committed int64, marked bool) *PartLag {
				cm := Committed{Group: "g", Offsets: map[TP]int64{tp: committed}}
				if marked {
					cm.Marked = map[TP]time.Time{tp: {}}
				}
				high := int64(1000 + 100*i) // 100 records/s: the reset lands 300 behind the end
				l.Observe(t0.Add(time.Duration(i)*time.Second), nil, map[TP]int64{tp: high}, []GroupStat{{ID: "g", State: "Empty"}}, []Committed{cm})
				return l.Groups["g"].Parts[tp]
			}
			for i := range 5 {
				poll(i, 0, false)
			}
			if c.logged {
				st.LogAction(t0.Add(5*time.Second-time.Millisecond), "alice", "g", "reset offsets of g on every topic to latest: orders/0 0→1,200")
			}
			for i, off := range []int64{1200, 1200, 1200} {
				p := poll(5+i, off, true)
				if p.Rate != 0 || p.Health == HealthOK || !strings.Contains(p.Reason(), c.reason) {
					t.Fatalf("poll %d after the reset: %.1f/s %s (%s), want no consumption and %q", i, p.Rate, p.Health, p.Reason(), c.reason)
				}
			}
			if p := poll(8, 1200, true); p.from != t0.Add(5*time.Second).UnixNano() {
				t.Fatalf("the window restarted at %v, want only at the move (%v)", time.Unix(0, p.from).UTC(), t0.Add(5*time.Second))
			}
		})
	}
}
