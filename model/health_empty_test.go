package model

import (
	"strings"
	"testing"
	"time"
)

// ut38a-31: a group whose members left, its offsets still and records to
// read, is STALL from the first poll that lists it without members, the
// reason saying so; so is one whose offset stands where a reset after they
// left put it, the reason naming the reset (ut42a-13: NEW for 30 s after
// the reset beside a stopped group reading STALL); a group never seen with
// members (a committer on its own clock) and one a tool commits for after
// they left are judged by the Burrow rules as before.
func TestGroupWhoseMembersLeftStallsAtOnce(t *testing.T) {
	for _, tt := range []struct {
		name       string
		members    bool // seen with a member before second 60
		commitAt   int  // a commit after they left (an offsets reset), 0 none
		by         string
		wantStall  bool // STALL at seconds 61-65
		wantReason string
	}{
		{"members left", true, 0, "", true, "no members for"},
		{"never had members", false, 0, "", false, ""},
		{"reset back after they left, outside", true, 61, "", true, "offset moved back from"},
		{"reset back after they left, here", true, 61, "alice", true, "reset by alice at"},
		{"reset forward after they left, here", true, 62, "alice", true, "reset by alice at"},
		{"a tool committing for it after they left", true, -1, "", false, ""},
	} {
		l := NewLags(LagConfig{})
		st := &State{Lag: l}
		t0 := time.Unix(2_000_000, 0)
		tp := TP{"ledger", 0}
		var high, committed int64
		member := []MemberStat{{ID: "m", ClientID: "kcat", Host: "/h", Assigned: []TP{tp}}}
		for sec := range 130 { // past the 30-poll window: the reason holds
			high += 4
			g := GroupStat{ID: "g", State: "Empty"}
			if sec < 60 {
				committed = high - 2 // keeping up
				if tt.members {
					g = GroupStat{ID: "g", State: "Stable", Members: 1, Detail: member}
				}
			}
			switch {
			case tt.commitAt == 61 && sec == 61:
				committed = high - 100
			case tt.commitAt == 62 && sec == 62: // latest, then records come
				committed = high
			case tt.commitAt < 0 && sec >= 61 && (sec-61)%5 == 0: // forward now and then, not to the end
				committed = high - 3
			}
			if sec == tt.commitAt && tt.by != "" {
				st.LogAction(t0.Add(time.Duration(sec)*time.Second-time.Millisecond), tt.by, "g", "reset offsets of g on topic ledger to latest: ledger/0")
			}
			l.Observe(t0.Add(time.Duration(sec)*time.Second), []PartitionStat{{Topic: tp.Topic, High: high}},
				map[TP]int64{tp: high}, []GroupStat{g}, []Committed{{Group: g.ID, Offsets: map[TP]int64{tp: committed}}})
			if sec < 61 || sec > 65 && !tt.wantStall || sec <= tt.commitAt+1 && tt.commitAt == 62 { // reset to latest: lag 0 until records come
				continue // the Burrow rules judge the others once their window is still
			}
			p := l.Groups["g"].Parts[tp]
			stall := p.Health == HealthStall
			if stall != tt.wantStall || !strings.Contains(p.Reason(), tt.wantReason) {
				t.Fatalf("%s, sec %d: %s %q, want STALL %v with %q", tt.name, sec, p.Health, p.Reason(), tt.wantStall, tt.wantReason)
			}
			if tt.wantStall && l.Groups["g"].Health != HealthStall {
				t.Fatalf("%s, sec %d: the group reads %s over a STALL partition", tt.name, sec, l.Groups["g"].Health)
			}
		}
	}
}
