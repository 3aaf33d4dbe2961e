package model

import (
	"strings"
	"testing"
	"time"
)

// A rebalance spans polls (the group passes through PreparingRebalance
// and CompletingRebalance, its members' assignments empty meanwhile): it
// is one entry, one generation, saying what changed from before it
// started, causes before the state it settled in (ut37-14: one added
// member logged as gen +2 and `none → …` for a member that had held every
// partition; ut36a-25: `Stable → Empty` before the members left).
func TestOneRebalanceIsOneEntry(t *testing.T) {
	tps := func(ps ...int) []TP {
		var out []TP
		for _, p := range ps {
			out = append(out, TP{"t", p})
		}
		return out
	}
	m := func(id string, ps ...int) MemberStat {
		return MemberStat{ID: id, ClientID: id, Host: "/h", Assigned: tps(ps...)}
	}
	g := func(state string, ms ...MemberStat) []GroupStat {
		return []GroupStat{{ID: "g", State: state, Members: len(ms), Detail: ms}}
	}
	for _, tt := range []struct {
		name  string
		polls [][]GroupStat
		gen   int
		want  []string
	}{
		{"a member joins over three polls", [][]GroupStat{
			g("Stable", m("a", 0, 1, 2, 3)),
			g("PreparingRebalance", m("a"), m("b")),
			g("CompletingRebalance", m("a"), m("b")),
			g("Stable", m("a", 0, 1), m("b", 2, 3)),
		}, 2, []string{"rebalance gen 2: joined b from /h with t[2,3]; a: t[0,1,2,3] → t[0,1]"}},
		{"every member leaves", [][]GroupStat{
			g("Stable", m("a", 0, 1), m("b", 2, 3)),
			g("PreparingRebalance", m("a"), m("b")),
			g("Empty"),
		}, 2, []string{"rebalance gen 2: left a from /h; left b from /h; now Empty"}},
		{"a rebalance between two polls", [][]GroupStat{
			g("Stable", m("a", 0, 1), m("b", 2, 3)),
			g("Stable", m("a", 0, 1, 2, 3)),
		}, 2, []string{"rebalance gen 2: left b from /h; a: t[0,1] → t[0,1,2,3]"}},
		{"a rejoin that changed nothing", [][]GroupStat{
			g("Stable", m("a", 0, 1)),
			g("PreparingRebalance", m("a")),
			g("Stable", m("a", 0, 1)),
		}, 2, []string{"rebalance gen 2: no member or assignment changed"}},
		{"two rebalances", [][]GroupStat{
			g("Stable", m("a", 0, 1)),
			g("PreparingRebalance", m("a"), m("b")),
			g("Stable", m("a", 0), m("b", 1)),
			g("PreparingRebalance", m("a")),
			g("Stable", m("a", 0, 1)),
		}, 3, []string{
			"rebalance gen 2: joined b from /h with t[1]; a: t[0,1] → t[0]",
			"rebalance gen 3: left b from /h; a: t[0] → t[0,1]",
		}},
		{"still rebalancing", [][]GroupStat{
			g("Stable", m("a", 0, 1)),
			g("PreparingRebalance", m("a"), m("b")),
		}, 1, nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			l := NewLags(LagConfig{})
			t0 := time.Date(2026, 11, 30, 19, 0, 0, 0, time.UTC)
			for i, p := range tt.polls {
				l.Observe(t0.Add(time.Duration(i)*time.Second), nil, nil, p, nil)
			}
			var got []string
			for i := range l.Events.Len() {
				e := l.Events.At(i)
				got = append(got, e.Kind+" "+e.Detail)
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") || l.Groups["g"].Generation != tt.gen {
				t.Fatalf("gen %d, log:\n%s\nwant gen %d:\n%s", l.Groups["g"].Generation, strings.Join(got, "\n"), tt.gen, strings.Join(tt.want, "\n"))
			}
		})
	}
}
