package model

import (
	"strings"
	"testing"
	"time"
)

// Health waits for a full window of polls, restarts it when the committed
// offset moves back (a reset is not an error), names who reset through
// washboard, and says how long an offset has been stuck in real time.
func TestHealthWindowRestartsOnAReset(t *testing.T) {
	t0 := time.Date(2026, 11, 29, 12, 0, 0, 0, time.UTC)
	tp := TP{"orders", 0}
	st := &State{Lag: NewLags(LagConfig{History: 60, Window: 3, StopAfter: time.Hour})}
	l := st.Lag
	steps := []struct {
		committed int64
		reset     bool // washboard logs a reset before this poll
		health    Health
		reason    string
	}{
		{100, false, HealthNew, "1 of 3 polls"},
		{100, false, HealthNew, "2 of 3 polls"},
		{100, false, HealthStallSoFar, "stuck at 100 since washboard started watching 2s"}, // stuck since the first poll: maybe a STOP already
		{100, false, HealthStallSoFar, "stuck at 100 since washboard started watching 3s"},
		{100, false, HealthStallSoFar, "stuck at 100 since washboard started watching 4s"}, // longer than the 3-poll window
		{50, true, HealthNew, "reset by alice"},                                            // a move back: the window restarts, no ERR
		{50, false, HealthNew, "reset by alice"},
		{50, false, HealthStall, "reset by alice"},
	}
	for i, s := range steps {
		now := t0.Add(time.Duration(i) * time.Second)
		if s.reset {
			st.LogAction(now.Add(-time.Millisecond), "alice", "g", "reset offsets of g on topic orders to shift -50: orders/0 100→50")
		}
		l.Observe(now, nil, map[TP]int64{tp: 200}, []GroupStat{{ID: "g"}}, []Committed{{Group: "g", Offsets: map[TP]int64{tp: s.committed}}})
		p := l.Groups["g"].Parts[tp]
		if p.Health != s.health || !strings.Contains(p.Reason(), s.reason) {
			t.Fatalf("step %d: %s (%s), want %s with %q", i, p.Health, p.Reason(), s.health, s.reason)
		}
	}
	// a move back nobody logged restarts the window too, and says so
	l.Observe(t0.Add(20*time.Second), nil, map[TP]int64{tp: 200}, []GroupStat{{ID: "g"}}, []Committed{{Group: "g", Offsets: map[TP]int64{tp: 10}}})
	p := l.Groups["g"].Parts[tp]
	if p.Health != HealthNew || !strings.Contains(p.Reason(), "moved back from 50 to 10") {
		t.Fatalf("after a move back: %s (%s)", p.Health, p.Reason())
	}
}

// A KIP-848 group's generation is the coordinator's group epoch, and the
// event log says so; a classic group's is derived and marked as such.
func TestGenerationIsTheGroupEpochWhenKnown(t *testing.T) {
	t0 := time.Date(2026, 11, 29, 12, 0, 0, 0, time.UTC)
	l := NewLags(LagConfig{})
	m := MemberStat{ID: "m", ClientID: "c", Assigned: []TP{{"t", 0}}}
	m2 := m
	m2.Assigned = []TP{{"t", 0}, {"t", 1}}
	l.Observe(t0, nil, nil, []GroupStat{{ID: "g", Type: "consumer", Epoch: 7, Detail: []MemberStat{m}}}, nil)
	l.Observe(t0.Add(time.Second), nil, nil, []GroupStat{{ID: "g", Type: "consumer", Epoch: 9, Detail: []MemberStat{m2}}}, nil)
	g := l.Groups["g"]
	var log []string
	for i := range l.Events.Len() {
		log = append(log, l.Events.At(i).Detail)
	}
	text := strings.Join(log, "\n")
	if g.Generation != 9 || g.GenerationDerived || !strings.Contains(text, "group epoch 9") || strings.Contains(text, "derived") {
		t.Fatalf("generation %d derived %v, log:\n%s", g.Generation, g.GenerationDerived, text)
	}
}

func TestTopicNamesAndConfigsAreCheckedBeforeSending(t *testing.T) {
	long := strings.Repeat("a", 250)
	for _, tc := range []struct {
		name string
		ok   bool
	}{{"orders.v2_x-1", true}, {"", false}, {".", false}, {"..", false}, {long, false}, {long[:249], true}, {"bad name", false}, {"bad/name", false}, {"é", false}} {
		if err := ValidTopicName(tc.name); (err == nil) != tc.ok {
			t.Fatalf("ValidTopicName(%q) = %v, want ok %v", tc.name, err, tc.ok)
		}
	}
	spec := TopicSpec{Name: "t", Replicas: 3, Configs: map[string]string{"retention.ms": "1", "retention.msx": "1"}}
	w := strings.Join(TopicWarnings(spec, 1), "\n")
	if !strings.Contains(w, "retention.msx") || strings.Contains(w, "retention.ms,") || !strings.Contains(w, "replication factor 3 is more than the 1 live broker:") {
		t.Fatalf("warnings:\n%s", w)
	}
	if w := TopicWarnings(TopicSpec{Name: "t", Replicas: -1, Configs: map[string]string{"cleanup.policy": "compact"}}, 1); len(w) != 0 {
		t.Fatalf("warnings for a good spec: %v", w)
	}
}
