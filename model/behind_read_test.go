package model

import (
	"strings"
	"testing"
	"time"
)

// A group stuck on a record written before washboard's first poll reads
// only a floor off the watermark history (`>4m` where a console watching
// longer says `7m`, ut31 X12); once the record's timestamp is read from
// the cluster, behind is its age, and the health reason bounds the stall
// by it: the offset has stood at least since the first poll, at most
// since the record came.
func TestBehindOlderThanTheHistoryUsesTheRecordsTime(t *testing.T) {
	t0 := time.Date(2026, 11, 30, 9, 49, 30, 0, time.UTC)
	tp := TP{"nightly", 0}
	cases := []struct {
		name       string
		recordAge  time.Duration // at the first poll
		watched    time.Duration
		read       bool // the record's timestamp was read
		wantBehind time.Duration
		atLeast    bool
		health     Health
		reason     string
	}{
		{"not read: a floor", 3 * time.Minute, 4 * time.Minute, false, 4 * time.Minute, true, HealthStallSoFar, "since washboard started watching 4m ago, while"},
		{"read: the record's age", 3 * time.Minute, 4 * time.Minute, true, 7 * time.Minute, false, HealthStallSoFar, "since washboard started watching 4m ago (the record there was written 7m ago), while"},
		{"read, younger than stop: no console says STOP", 30 * time.Second, 2 * time.Minute, true, 2*time.Minute + 30*time.Second, false, HealthStall, "offset stuck at 128 for 2m while"},
		{"read, younger than stop, apart", 2 * time.Minute, 2 * time.Minute, true, 4 * time.Minute, false, HealthStall, "offset stuck at 128 for over 2m, at most 4m, while"},
		{"read, past stop: both bounds", 3 * time.Minute, 6 * time.Minute, true, 9 * time.Minute, false, HealthStop, "no progress for over 6m, at most 9m (offset 128"},
		{"not read, past stop", 3 * time.Minute, 6 * time.Minute, false, 6 * time.Minute, true, HealthStop, "no progress for 6m (offset 128"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			l := NewLags(LagConfig{History: 60, Window: 5, StopAfter: 5 * time.Minute})
			written := t0.Add(-c.recordAge)
			var p *PartLag
			for at := time.Duration(0); at <= c.watched; at += 10 * time.Second {
				l.Observe(t0.Add(at), nil, map[TP]int64{tp: 2399}, []GroupStat{{ID: "g", State: "Empty"}},
					[]Committed{{Group: "g", Offsets: map[TP]int64{tp: 128}}})
				floors := l.BehindFloors()
				if p = l.Groups["g"].Parts[tp]; p.recordAt == 0 && (len(floors) != 1 || floors[0] != (TPOffset{tp, 128})) {
					t.Fatalf("floors %v, want the stuck offset listed for reading", floors)
				}
				if c.read && at == 10*time.Second { // the poller's answer, a poll after the floor was listed
					l.SetRecordTimes(map[TPOffset]time.Time{{tp, 128}: written})
				}
			}
			if p.Behind != c.wantBehind || p.BehindAtLeast != c.atLeast {
				t.Fatalf("behind %v (at least %v), want %v (%v)", p.Behind, p.BehindAtLeast, c.wantBehind, c.atLeast)
			}
			if top := l.Groups["g"].Topics["nightly"]; top.Behind != c.wantBehind || top.BehindAtLeast != c.atLeast {
				t.Fatalf("topic behind %v (at least %v), want %v", top.Behind, top.BehindAtLeast, c.wantBehind)
			}
			if p.Health != c.health || !strings.Contains(p.Reason(), c.reason) {
				t.Fatalf("%s (%s), want %s with %q", p.Health, p.Reason(), c.health, c.reason)
			}
			if c.read && len(l.BehindFloors()) != 0 {
				t.Fatalf("floors %v after the read, want none (read once)", l.BehindFloors())
			}
		})
	}
}

// Only a floor of a lagging group within the log is listed for reading, a
// timestamp is dropped once no group sits on its offset, and a record
// dated after the history's first point (a producer's clock ahead) never
// reads younger than the floor.
func TestBehindFloorsAreOnlyWhereTheyMatter(t *testing.T) {
	t0 := time.Date(2026, 11, 30, 9, 0, 0, 0, time.UTC)
	a, b, c := TP{"t", 0}, TP{"t", 1}, TP{"t", 2}
	l := NewLags(LagConfig{History: 60, Window: 5, StopAfter: 5 * time.Minute})
	l.SetLogStarts(map[TP]int64{a: 0, b: 50, c: 0})
	highs := map[TP]int64{a: 100, b: 100, c: 100}
	commit := func(at time.Duration, offs map[TP]int64) {
		l.Observe(t0.Add(at), nil, highs, nil, []Committed{{Group: "g", Offsets: offs}})
	}
	commit(0, map[TP]int64{a: 10, b: 10, c: 100}) // a lags; b is below its log start; c caught up
	if got := l.BehindFloors(); len(got) != 1 || got[0] != (TPOffset{a, 10}) {
		t.Fatalf("floors %v, want only t/0@10", got)
	}
	l.SetRecordTimes(map[TPOffset]time.Time{{a, 10}: t0.Add(time.Minute)}) // dated after the first poll
	commit(time.Minute, map[TP]int64{a: 10, b: 10, c: 100})
	if p := l.Groups["g"].Parts[a]; p.Behind != time.Minute || p.BehindAtLeast {
		t.Fatalf("behind %v (at least %v), want the floor 1m, not 0", p.Behind, p.BehindAtLeast)
	}
	commit(2*time.Minute, map[TP]int64{a: 20, b: 10, c: 100}) // moved on
	if _, kept := l.recTimes[TPOffset{a, 10}]; kept {
		t.Fatal("the timestamp of an offset no group sits on is kept")
	}
	if got := l.BehindFloors(); len(got) != 1 || got[0] != (TPOffset{a, 20}) {
		t.Fatalf("floors %v, want t/0@20", got)
	}
}
