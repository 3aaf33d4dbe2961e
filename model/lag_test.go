package model

import (
	"strings"
	"testing"
	"time"
)

// poll is one scripted poller snapshot of a single group on orders/0.
type poll struct {
	high, committed int64
}

func TestLagsFollowAScriptedPattern(t *testing.T) {
	t0 := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	l := NewLags(LagConfig{History: 10, Window: 3, StopAfter: time.Hour})
	tp := TP{"orders", 0}
	group := []GroupStat{{ID: "g", State: "Stable", Detail: []MemberStat{{ID: "m1", ClientID: "c1", Assigned: []TP{tp}}}}}
	steps := []struct {
		poll
		lag    int64
		health Health
	}{
		{poll{100, 90}, 10, HealthNew}, // fewer polls than the window: not judged
		{poll{110, 95}, 15, HealthNew},
		{poll{120, 100}, 20, HealthWarn}, // rising on every poll
		{poll{130, 100}, 30, HealthWarn}, // 15, 20, 30: still rising
		{poll{130, 100}, 30, HealthStall},
		{poll{130, 100}, 30, HealthStall}, // offset 100 over the whole window
		{poll{130, 130}, 0, HealthOK},     // caught up
	}
	for i, s := range steps {
		now := t0.Add(time.Duration(i) * time.Second)
		parts := []PartitionStat{{Topic: "orders", Partition: 0, High: s.high}}
		l.Observe(now, parts, map[TP]int64{tp: s.high}, group, []Committed{{Group: "g", Offsets: map[TP]int64{tp: s.committed}}})
		g := l.Groups["g"]
		p := g.Parts[tp]
		if p.Lag != s.lag || g.Lag != s.lag || p.Health != s.health || g.Health != s.health {
			t.Fatalf("step %d: lag %d/%d health %s/%s (%s), want lag %d health %s", i, p.Lag, g.Lag, p.Health, g.Health, p.Reason(), s.lag, s.health)
		}
		if i == 1 && parts[0].Rate != 10 { // 10 records in the second since the first poll
			t.Fatalf("produce rate %v, want 10", parts[0].Rate)
		}
	}
	hist := l.Groups["g"].Topics["orders"].Hist
	got := hist.Slice(nil, 0, hist.Len())
	want := []int64{10, 15, 20, 30, 30, 30, 0}
	if len(got) != len(want) {
		t.Fatalf("history %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("history %v, want %v", got, want)
		}
	}
	if !strings.Contains(l.Groups["g"].Reason(), "orders/0") {
		t.Fatalf("group reason %q does not name the partition", l.Groups["g"].Reason())
	}
}

func TestLagETAAndBoundedHistory(t *testing.T) {
	t0 := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	l := NewLags(LagConfig{History: 5, Window: 3})
	tp := TP{"t", 0}
	for i := range 50 {
		high, off := int64(1000+i*10), int64(i*20) // consuming 20/s, 1000 behind at the start
		l.Observe(t0.Add(time.Duration(i)*time.Second), nil, map[TP]int64{tp: high}, nil,
			[]Committed{{Group: "g", Offsets: map[TP]int64{tp: off}}})
	}
	top := l.Groups["g"].Topics["t"]
	if top.Hist.Len() != 5 || l.Groups["g"].Parts[tp].Hist.Len() != 5 {
		t.Fatalf("history not bounded: %d topic samples, %d partition samples", top.Hist.Len(), l.Groups["g"].Parts[tp].Hist.Len())
	}
	// lag 1490-980=510, read at 20/s while written at 10/s: falling
	// 10/s, 51 s.
	if top.Lag != 510 || top.Rate != 20 || top.ETA != 51*time.Second {
		t.Fatalf("lag %d rate %v eta %v, want 510, 20/s, 51s", top.Lag, top.Rate, top.ETA)
	}
	l.Observe(t0.Add(time.Minute), nil, nil, nil, nil)
	if len(l.Groups) != 0 {
		t.Fatalf("a group with no offsets and no listing was kept: %v", l.Groups)
	}
}

func TestRebalanceLogAndDerivedGeneration(t *testing.T) {
	t0 := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	l := NewLags(LagConfig{})
	tps := func(ps ...int) []TP {
		var out []TP
		for _, p := range ps {
			out = append(out, TP{"t", p})
		}
		return out
	}
	a := MemberStat{ID: "a", ClientID: "ca", Host: "/h1"}
	b := MemberStat{ID: "b", ClientID: "cb", Host: "/h2"}
	a1, a2, b1 := a, a, b
	a1.Assigned, b1.Assigned, a2.Assigned = tps(0, 1, 2), tps(3, 4, 5), tps(0, 1, 2, 3, 4, 5)
	snaps := [][]GroupStat{
		{{ID: "g", State: "Stable", Detail: []MemberStat{a1, b1}}},
		{{ID: "g", State: "Stable", Detail: []MemberStat{a2}}},
		{},
	}
	for i, s := range snaps {
		l.Observe(t0.Add(time.Duration(i)*time.Second), nil, nil, s, nil)
		if i == 1 && l.Groups["g"].Generation != 2 {
			t.Fatalf("generation %d after a member left, want 2", l.Groups["g"].Generation)
		}
	}
	var got []string
	for i := range l.Events.Len() {
		e := l.Events.At(i)
		got = append(got, e.Kind+": "+e.Detail)
	}
	want := []string{"rebalance: gen 2: left cb from /h2; ca: t[0,1,2] → t[0,1,2,3,4,5]", "gone: (no longer listed by the cluster)"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Fatalf("rebalance log:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// A group that appears while washboard watches (kcat -G starting a new
// group) logs its members joining, as a member leaving is logged; the
// groups there at the first poll do not flood the log.
func TestNewGroupMembersAreLoggedAsJoining(t *testing.T) {
	l := NewLags(DefaultLagConfig())
	t0 := time.Date(2026, 11, 29, 12, 0, 0, 0, time.UTC)
	old := GroupStat{ID: "old", State: "Stable", Members: 1, Detail: []MemberStat{{ID: "m0", ClientID: "svc", Host: "/10.0.0.9"}}}
	l.Observe(t0, nil, nil, []GroupStat{old}, nil)
	if l.Events.Len() != 0 {
		t.Fatalf("the first poll logged %d events", l.Events.Len())
	}
	kcat := GroupStat{ID: "kcat-g", State: "Stable", Members: 1, Detail: []MemberStat{{ID: "m1", ClientID: "rdkafka", Host: "/127.0.0.1"}}}
	l.Observe(t0.Add(time.Second), nil, nil, []GroupStat{old, kcat}, nil)
	found := false
	for i := range l.Events.Len() {
		e := l.Events.At(i)
		found = found || e.Group == "kcat-g" && e.Kind == "rebalance" && strings.Contains(e.Detail, "joined rdkafka")
	}
	if !found {
		t.Fatalf("the new group's member joining is not in the log (%d events)", l.Events.Len())
	}
}
