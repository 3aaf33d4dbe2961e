package model

import (
	"strings"
	"testing"
	"time"
)

// Lag at the log's edges, one poll each: the lag number, the health and
// the words of the reason.
func TestLagAtTheEdges(t *testing.T) {
	tp := TP{Topic: "orders", Partition: 0}
	t0 := time.Date(2026, 11, 29, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		name                 string
		committed, low, high int64
		lowKnown             bool
		wantLag              int64
		wantText, wantReason string
		wantHealth           Health
	}{
		{"inside the log", 40, 10, 100, true, 60, "60", "", HealthNew}, // one poll: not judged yet
		{"below the log start", 4, 10, 100, true, 90, "90", "out of range, below the log start 10: lag 90 counted from the log start", HealthNew},
		{"beyond the high watermark", 130, 10, 100, true, 0, "ahead 30", "beyond the high watermark 100: ahead by 30", HealthErr},
		{"at the high watermark", 100, 10, 100, true, 0, "0", "", HealthOK},
		{"log start unknown", 4, 0, 100, false, 96, "96", "", HealthNew},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			l := NewLags(LagConfig{})
			if tc.lowKnown {
				l.SetLogStarts(map[TP]int64{tp: tc.low})
			}
			l.Observe(t0, nil, map[TP]int64{tp: tc.high}, []GroupStat{{ID: "g"}}, []Committed{{Group: "g", Offsets: map[TP]int64{tp: tc.committed}}})
			p := l.Groups["g"].Parts[tp]
			if p.Lag != tc.wantLag || p.LagText() != tc.wantText || p.Health != tc.wantHealth || !strings.Contains(p.Reason(), tc.wantReason) {
				t.Fatalf("lag %d %q %s (%s); want %d %q %s with %q", p.Lag, p.LagText(), p.Health, p.Reason(), tc.wantLag, tc.wantText, tc.wantHealth, tc.wantReason)
			}
			if g := l.Groups["g"]; g.Lag != tc.wantLag || !strings.Contains(g.Reason(), tc.wantReason) {
				t.Fatalf("group lag %d (%s), want %d naming %q", g.Lag, g.Reason(), tc.wantLag, tc.wantReason)
			}
		})
	}
}

func TestMembersWithoutCommitsHaveNoLag(t *testing.T) {
	l := NewLags(LagConfig{})
	t0 := time.Date(2026, 11, 29, 12, 0, 0, 0, time.UTC)
	busy := GroupStat{ID: "new", Members: 2}
	for i := range 2 { // the member count comes from the previous poll's describe
		l.Observe(t0.Add(time.Duration(i)*time.Second), nil, nil, []GroupStat{busy, {ID: "empty"}},
			[]Committed{{Group: "new", Offsets: map[TP]int64{}}, {Group: "empty", Offsets: map[TP]int64{}}})
	}
	if g := l.Groups["new"]; !g.NoCommits || !strings.Contains(g.Reason(), "no lag to show") {
		t.Fatalf("group with members and no commits: NoCommits %v (%s), want no lag shown", g.NoCommits, g.Reason())
	}
	if g := l.Groups["empty"]; g.NoCommits {
		t.Fatal("a group without members counts as having members without commits")
	}
	for _, id := range []string{"new", "empty"} { // neither reads 0 and OK (ut19a H1)
		if g := l.Groups[id]; !g.NothingCommitted() {
			t.Fatalf("group %q without commits: NothingCommitted false (lag %d %s), want its lag unknown", id, g.Lag, g.Health)
		}
	}
}

func TestCommittedOnTrailingMarkersIsCaughtUp(t *testing.T) {
	tp := TP{Topic: "ledger", Partition: 0}
	l := NewLags(LagConfig{})
	l.SetDataEnds(map[TP]int64{tp: 5}) // offsets 5 and 6 are markers; high 7
	l.Observe(time.Now(), nil, map[TP]int64{tp: 7}, []GroupStat{{ID: "on"}, {ID: "before"}},
		[]Committed{{Group: "on", Offsets: map[TP]int64{tp: 6}}, {Group: "before", Offsets: map[TP]int64{tp: 4}}})
	if p := l.Groups["on"].Parts[tp]; p.Lag != 0 || p.Edge != EdgeMarker || !strings.Contains(p.Reason(), "caught up") {
		t.Fatalf("on a marker: lag %d (%s), want 0 and caught up", p.Lag, p.Reason())
	}
	if p := l.Groups["before"].Parts[tp]; p.Lag != 3 || p.Edge != EdgeNone {
		t.Fatalf("before the data's end: lag %d edge %d, want 3", p.Lag, p.Edge)
	}
}

// A group's reason quotes its worst partition and says how many more
// share its word, as Partitions' topic rows do (ut27 T4).
func TestGroupReasonCountsThePartitionsSharingItsWord(t *testing.T) {
	l := NewLags(LagConfig{})
	t0 := time.Date(2026, 11, 29, 12, 0, 0, 0, time.UTC)
	p0, p1, p2 := TP{Topic: "t", Partition: 0}, TP{Topic: "t", Partition: 1}, TP{Topic: "t", Partition: 2}
	l.Observe(t0, nil, map[TP]int64{p0: 0, p1: 0, p2: 50}, []GroupStat{{ID: "g"}},
		[]Committed{{Group: "g", Offsets: map[TP]int64{p0: 2000, p1: 2000, p2: 50}}})
	if r := l.Groups["g"].Reason(); !strings.Contains(r, "t/0 (+1 ERR): ") && !strings.Contains(r, "t/1 (+1 ERR): ") {
		t.Errorf("reason %q: want the worst partition and (+1 ERR)", r)
	}
	l.Observe(t0.Add(2*time.Second), nil, map[TP]int64{p0: 0, p1: 2000, p2: 50}, []GroupStat{{ID: "g"}},
		[]Committed{{Group: "g", Offsets: map[TP]int64{p0: 2000, p1: 2000, p2: 50}}})
	if r := l.Groups["g"].Reason(); !strings.HasPrefix(r, "t/0: ") {
		t.Errorf("reason %q: want t/0 alone once it is the only partition ahead", r)
	}
}
