package model

import (
	"testing"
	"time"
)

// A poll that started before a reset was logged, and is folded after it,
// samples a time before the health window's restart: the window then
// keeps the newest sample instead of being empty (an empty window
// panicked in samplePart, crashing the console during an e2e reset).
func TestPollOlderThanALoggedResetKeepsItsSample(t *testing.T) {
	l := NewLags(LagConfig{History: 20, Window: 3, StopAfter: time.Hour})
	t0 := time.Date(2026, 11, 29, 12, 0, 0, 0, time.UTC)
	tp := TP{Topic: "Student", Partition: 0}
	parts := []PartitionStat{{Topic: "Student", Partition: 0, High: 20}}
	groups := []GroupStat{{ID: "g", State: "Empty"}}
	l.Observe(t0, parts, map[TP]int64{tp: 20}, groups, []Committed{{Group: "g", Offsets: map[TP]int64{tp: 2}}})
	l.noteReset(t0.Add(10*time.Second), "local", "g") // logged after the next poll started
	l.Observe(t0.Add(5*time.Second), parts, map[TP]int64{tp: 20}, groups, []Committed{{Group: "g", Offsets: map[TP]int64{tp: 10}}})
	p := l.Groups["g"].Parts[tp]
	if p == nil || p.Committed != 10 || p.Lag != 10 {
		t.Fatalf("after the reset: %+v, want committed 10, lag 10", p)
	}
}
