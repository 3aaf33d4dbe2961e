package model

import (
	"strings"
	"testing"
	"time"
)

// A group with no members whose committed offset jumps to the log's end
// or start (from below it, where retention left it) was reset by someone else (another console, or
// kafka-consumer-groups.sh, which needs the group empty): it consumed
// nothing, so the jump is not read as a consume rate and the health
// window restarts as it does after a move back (ut23: `72.7/s` under a
// topic producing 25.0/s). A group with members that jumps is consuming,
// and so is a member-less committer that moves every window.
func TestAJumpWithNoMembersIsAResetNotConsumption(t *testing.T) {
	t0 := time.Date(2026, 11, 30, 2, 0, 0, 0, time.UTC)
	tp := TP{"payments", 0}
	member := MemberStat{ID: "m", ClientID: "c", Assigned: []TP{tp}}
	cases := []struct {
		name    string
		members []MemberStat
		to      func(high, low int64) int64
		reset   bool
		steady  bool // commits every poll, at the high watermark (Flink, caught up)
	}{
		{"empty group to latest", nil, func(high, _ int64) int64 { return high }, true, false},
		{"empty group to earliest", nil, func(_, low int64) int64 { return low }, true, false},
		// further from the end than a poll's records (50 here): a batch job's commit
		{"empty group to another offset", nil, func(high, _ int64) int64 { return high - 170 }, false, false},
		// records landed between the reset and the poll (ut25a Q1)
		{"empty group to latest, records since", nil, func(high, _ int64) int64 { return high - 7 }, true, false},
		{"member to latest", []MemberStat{member}, func(high, _ int64) int64 { return high }, false, false},
		{"member-less committer caught up", nil, func(high, _ int64) int64 { return high }, false, true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			l := NewLags(LagConfig{History: 60, Window: 5, StopAfter: time.Hour})
			group := []GroupStat{{ID: "g", State: "Empty", Members: len(c.members), Detail: c.members}}
			if len(c.members) > 0 {
				group[0].State = "Stable"
			}
			low, committed := int64(100), int64(50) // retention passed the committed offset
			var p *PartLag
			for i := range 12 {
				high := int64(1000 + 50*i) // 50 records/s produced
				if i == 8 || c.steady && i > 0 {
					committed = c.to(high, low)
				}
				l.lows = map[TP]int64{tp: low}
				l.Observe(t0.Add(time.Duration(i)*time.Second), []PartitionStat{{Topic: tp.Topic, Partition: tp.Partition, High: high}},
					map[TP]int64{tp: high}, group, []Committed{{Group: "g", Offsets: map[TP]int64{tp: committed}}})
				p = l.Groups["g"].Parts[tp]
				if i == 8 || i == 9 {
					if c.reset && p.Rate != 0 {
						t.Fatalf("poll %d: a reset read as %.1f offsets/s consumed", i, p.Rate)
					}
					if !c.reset && p.Rate == 0 {
						t.Fatalf("poll %d: a move of %d offsets read as no consumption", i, committed-50)
					}
				}
			}
			why := p.Reason()
			if c.reset && !strings.Contains(why, "with no member in the group (a reset?)") {
				t.Fatalf("reason %q does not say the offset moved with no member", why)
			}
			if !c.reset && strings.Contains(why, "a reset?") {
				t.Fatalf("reason %q calls consumption a reset", why)
			}
		})
	}
}

// The note of a move back writes offsets grouped, as every table does.
func TestAMoveBackWritesOffsetsGrouped(t *testing.T) {
	t0 := time.Date(2026, 11, 30, 2, 0, 0, 0, time.UTC)
	tp := TP{"orders", 0}
	l := NewLags(LagConfig{History: 60, Window: 3, StopAfter: time.Hour})
	for i, off := range []int64{12345, 12345, 2340} {
		l.Observe(t0.Add(time.Duration(i)*time.Second), nil, map[TP]int64{tp: 20000}, []GroupStat{{ID: "g"}},
			[]Committed{{Group: "g", Offsets: map[TP]int64{tp: off}}})
	}
	if why := l.Groups["g"].Parts[tp].Reason(); !strings.Contains(why, "moved back from 12,345 to 2,340") {
		t.Fatalf("reason %q", why)
	}
}

// A consumer that joins, reads to the end, commits as it closes and
// leaves between two polls is listed without members at both; its
// commit is consumption, not a reset (ut36b-3: a loop of `kcat -G -c 4`
// runs read `offset moved from 41 to 43 … (a reset?)`). Only a group
// that stood still over the whole window, no member seen and no offset
// moved on any partition, is reset when an offset jumps.
func TestACommitOnCloseIsNoReset(t *testing.T) {
	t0 := time.Date(2026, 11, 30, 2, 0, 0, 0, time.UTC)
	a, b := TP{"orders", 0}, TP{"orders", 1}
	member := MemberStat{ID: "m", ClientID: "rdkafka", Assigned: []TP{a, b}}
	cases := []struct {
		name       string
		bMoves     bool // the group's other partition moves every 3 polls (its runs)
		memberPoll int  // a poll that saw a member, -1 none
		reset      bool
	}{
		{"still everywhere, no member: a reset", false, -1, true},
		{"another partition moved in the window", true, -1, false},
		{"a member seen in the window", false, 6, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			l := NewLags(LagConfig{History: 60, Window: 5, StopAfter: time.Hour})
			offA, offB := int64(40), int64(10)
			for i := range 10 {
				high := int64(41 + i)
				if c.bMoves && i%3 == 0 {
					offB++
				}
				if i == 9 {
					offA = high // read to the end and committed on close
				}
				g := GroupStat{ID: "g", State: "Empty"}
				if i == c.memberPoll {
					g = GroupStat{ID: "g", State: "Stable", Members: 1, Detail: []MemberStat{member}}
				}
				l.Observe(t0.Add(time.Duration(i)*time.Second), nil, map[TP]int64{a: high, b: 100}, []GroupStat{g},
					[]Committed{{Group: "g", Offsets: map[TP]int64{a: offA, b: offB}}})
			}
			why := l.Groups["g"].Parts[a].Reason()
			if got := strings.Contains(why, "a reset?"); got != c.reset {
				t.Fatalf("reason %q: reset %v, want %v", why, got, c.reset)
			}
		})
	}
}
