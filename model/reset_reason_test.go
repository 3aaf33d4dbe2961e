package model

import (
	"strings"
	"testing"
	"time"
)

// A reset is said in the group's reason for five minutes, the second as
// the first (ut42b-18: after a second reset, to latest, the group's
// committed partitions read OK and its others had no commit, and the
// reason said only `2 partitions not committed: …`, not the reset).
func TestGroupReasonNamesEachReset(t *testing.T) {
	t0 := time.Date(2026, 12, 1, 2, 39, 0, 0, time.UTC)
	st := &State{Lag: NewLags(LagConfig{History: 60, Window: 3, StopAfter: time.Hour})}
	l := st.Lag
	parts := []PartitionStat{{Topic: "ship", Partition: 0}, {Topic: "ship", Partition: 1}, {Topic: "ship", Partition: 2}}
	highs := map[TP]int64{{"ship", 0}: 60, {"ship", 1}: 40, {"ship", 2}: 30}
	committed := int64(20)
	for _, step := range []struct {
		sec   int
		reset int64 // the committed offset a reset sets, 0 none
		want  string
	}{
		{0, 0, "ship/0"},
		{5, 30, "reset by alice at " + t0.Add(5*time.Second-time.Millisecond).Local().Format("15:04:05")},
		{100, 0, "reset by alice at " + t0.Add(5*time.Second-time.Millisecond).Local().Format("15:04:05")},
		{200, 60, "reset by alice at " + t0.Add(200*time.Second-time.Millisecond).Local().Format("15:04:05")}, // to latest: lag 0, the others not committed
		{210, 0, "reset by alice at " + t0.Add(200*time.Second-time.Millisecond).Local().Format("15:04:05")},
	} {
		for sec := step.sec; sec < step.sec+4; sec++ { // a few polls
			now := t0.Add(time.Duration(sec) * time.Second)
			if sec == step.sec && step.reset > 0 {
				st.LogAction(now.Add(-time.Millisecond), "alice", "g", "reset offsets of g on topic ship to latest: ship/0 "+Thousands(committed)+"→"+Thousands(step.reset))
				committed = step.reset
			}
			l.Observe(now, parts, highs, []GroupStat{{ID: "g", State: "Empty"}}, []Committed{{Group: "g", Offsets: map[TP]int64{{"ship", 0}: committed}}})
		}
		if r := l.Groups["g"].Reason(); !strings.Contains(r, step.want) {
			t.Errorf("second %d: reason %q, want it to say %q", step.sec, r, step.want)
		}
	}
}
