package model

import (
	"testing"
	"time"
)

// ut34b-4: a group whose member committed in bursts and left reads a
// consume rate of 0 from the first poll that lists it without members,
// over simulated time, while its lag climbs; not the window's average of
// the bursts before (4.0/s for half a minute). Its rate while the member
// read is the topic's.
func TestGroupWithoutMembersReadsNoRate(t *testing.T) {
	l := NewLags(LagConfig{})
	t0 := time.Unix(2_000_000, 0)
	tp := TP{"ledger", 0}
	var high, committed int64
	member := []MemberStat{{ID: "m", ClientID: "kcat", Host: "/h", Assigned: []TP{tp}}}
	for sec := range 180 {
		high += 4 // 4 records a second
		g := GroupStat{ID: "slow-writer", State: "Stable", Members: 1, Detail: member}
		if sec >= 120 {
			g = GroupStat{ID: "slow-writer", State: "Empty"}
		} else if sec%8 == 0 {
			committed = high // commits in bursts, every 8 s
		}
		l.Observe(t0.Add(time.Duration(sec)*time.Second), []PartitionStat{{Topic: tp.Topic, High: high}},
			map[TP]int64{tp: high}, []GroupStat{g}, []Committed{{Group: g.ID, Offsets: map[TP]int64{tp: committed}}})
		rate := l.Groups[g.ID].Topics[tp.Topic].Rate
		switch {
		case sec >= 120 && rate != 0:
			t.Fatalf("sec %d, no member for %ds: rate %.1f/s, want 0", sec, sec-119, rate)
		case sec >= 60 && sec < 120 && (rate < 3 || rate > 5):
			t.Fatalf("sec %d, a member reading 4/s: rate %.1f/s", sec, rate)
		}
	}
}
