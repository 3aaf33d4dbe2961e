package model

import (
	"testing"
	"time"
)

// The poll counts a group's partitions without a commit, by topic, once:
// frames read the counts (NotCommittedIn) rather than scanning the
// partitions each frame (s21: the Groups frame doubled its cost doing so).
// A group whose offsets the poll did not read is counted too.
func TestPollCountsNotCommittedByTopic(t *testing.T) {
	tp := func(topic string, p int) TP { return TP{Topic: topic, Partition: p} }
	highs := map[TP]int64{tp("a", 0): 10, tp("a", 1): 10, tp("a", 2): 10, tp("b", 0): 10, tp("b", 1): 10}
	groups := []GroupStat{
		{ID: "reader", State: "Stable", Members: 1, Detail: []MemberStat{{ID: "m", Assigned: []TP{tp("a", 0), tp("a", 1), tp("a", 2), tp("b", 0), tp("b", 1)}}}},
		{ID: "joined", State: "Stable", Members: 1, Detail: []MemberStat{{ID: "m", Assigned: []TP{tp("b", 0), tp("b", 1)}}}},
	}
	committed := []Committed{{Group: "reader", Offsets: map[TP]int64{tp("a", 0): 5}}}
	l := NewLags(LagConfig{History: 10, Window: 3, StopAfter: time.Hour})
	l.Observe(time.Unix(100, 0), nil, highs, groups, committed)
	tests := []struct {
		group, topic string
		want         int
	}{
		{"reader", "", 4},
		{"reader", "a", 2},
		{"reader", "b", 2},
		{"reader", "c", 0},
		{"joined", "", 2},
		{"joined", "b", 2},
		{"gone", "", 0},
	}
	for _, tt := range tests {
		if got := l.Groups[tt.group].NotCommittedIn(tt.topic); got != tt.want {
			t.Errorf("%s on %q: %d not committed, want %d", tt.group, tt.topic, got, tt.want)
		}
	}
}
