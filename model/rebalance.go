package model

import (
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
)

// Rebalance is one entry of the rebalance log.
type Rebalance struct {
	At     time.Time
	Group  string
	Kind   string // "rebalance" (one a settled rebalance: what changed), "state" (outside one), "gone", "action"
	Detail string
}

// rebalances compares each group with the previous poll's and logs what
// changed, one entry per rebalance: a rebalance passes through states
// (PreparingRebalance, CompletingRebalance; a KIP-848 group's Assigning,
// Reconciling) over polls, its members' assignments empty on the way, so
// what the group was before it started is kept (l.since) and the entry,
// written when it settles, says what it changed from that: members
// joined and left, then assignments moved, then the state it settled in
// (cause before effect, ut36a-25), under the generation it made (ut37-14:
// one added member logged as two generations and two assignments, the
// second `none → …` for a member that had held every partition).
//
// Kafka's DescribeGroups carries no generation id, so a classic group's
// generation is counted here: from 1 when washboard first saw the group,
// one more for each rebalance it saw settle, which is when the
// coordinator bumps its own. KIP-848 and share groups report their group
// epoch, which is used as is.
func (l *Lags) rebalances(now time.Time, groups []GroupStat) {
	seen := make(map[string]bool, len(groups))
	for _, cur := range groups {
		seen[cur.ID] = true
		g := l.Groups[cur.ID]
		if g == nil {
			g = &GroupLag{ID: cur.ID, Parts: map[TP]*PartLag{}, Topics: map[string]*TopicLag{}}
			l.Groups[cur.ID] = g
		}
		prev, known := l.prev[cur.ID]
		l.prev[cur.ID] = cur
		g.noteMembers(l.polls, cur)
		g.noteLeft(now, cur)
		g.GenerationDerived = cur.Epoch <= 0
		if !g.GenerationDerived {
			g.Generation = int(cur.Epoch)
		}
		if !known {
			if g.GenerationDerived {
				g.Generation = 1
			}
			switch start := (rebalanceStart{from: GroupStat{ID: cur.ID}, fresh: true}); {
			case l.polls > 1: // a group that appeared while washboard watched: say who joined
				l.rebalanced(now, g, start, cur)
			case rebalancing(cur.State): // in a rebalance at the first poll: it makes the generation counted as 1, unlogged as the other groups there are
				start.quiet = true
				l.rebalanced(now, g, start, cur)
			}
			continue
		}
		start, inRebalance := l.since[cur.ID]
		if !inRebalance {
			start = rebalanceStart{from: prev}
		}
		l.rebalanced(now, g, start, cur)
	}
	for id := range l.prev {
		if !seen[id] {
			delete(l.prev, id)
			delete(l.since, id)
			delete(l.Groups, id)
			l.Events.Push(Rebalance{At: now, Group: id, Kind: "gone", Detail: "(no longer listed by the cluster)"})
		}
	}
}

// rebalanceStart is a group as it was before a rebalance: fresh for a
// group that appeared in it (its first generation is the one it makes),
// seen for one whose rebalancing state a poll saw (the coordinator bumps
// the generation even where no member or assignment changed).
type rebalanceStart struct {
	from  GroupStat
	fresh bool
	seen  bool
	quiet bool // found in it at the first poll: not logged
}

// rebalancing says state is one a rebalance passes through.
func rebalancing(state string) bool {
	switch state {
	case "PreparingRebalance", "CompletingRebalance", "Assigning", "Reconciling":
		return true
	}
	return false
}

// rebalanced logs cur against start: while cur is in a rebalance it only
// keeps start; once settled, one entry says what changed, if anything.
func (l *Lags) rebalanced(now time.Time, g *GroupLag, start rebalanceStart, cur GroupStat) {
	if rebalancing(cur.State) {
		start.seen = true
		l.since[cur.ID] = start
		return
	}
	delete(l.since, cur.ID)
	if start.quiet {
		return
	}
	changes := diffGroup(start.from, cur)
	moved := membershipChanged(start.from, cur) || start.fresh && len(cur.Detail) > 0
	state := start.from.State != cur.State && start.from.State != ""
	epoch := !g.GenerationDerived && cur.Epoch != start.from.Epoch && !start.fresh
	if !moved && !start.seen && !epoch {
		if state { // a state change outside a rebalance (Empty → Dead)
			l.Events.Push(Rebalance{At: now, Group: cur.ID, Kind: "state", Detail: start.from.State + " → " + cur.State})
		}
		return
	}
	if g.GenerationDerived && !start.fresh {
		g.Generation++
	}
	if state && cur.State != "Stable" { // settled as a rebalance does: said only when not (Empty)
		changes = append(changes, "now "+cur.State)
	}
	gen := "gen " + strconv.Itoa(g.Generation)
	if !g.GenerationDerived {
		gen = "group epoch " + strconv.Itoa(g.Generation) + " (from the coordinator)"
	}
	if len(changes) == 0 {
		changes = []string{"no member or assignment changed"}
	}
	l.Events.Push(Rebalance{At: now, Group: cur.ID, Kind: "rebalance", Detail: gen + ": " + strings.Join(changes, "; ")})
}

// memberFrom is a member named with where it connects from, "m1 from
// 127.0.0.1:42902", or its name alone where its client@host name says
// the host already: joins and leaves alike (ut42b-15: `left
// rdkafka@127.0.0.1:44646 from 127.0.0.1:44646`).
func memberFrom(name, host string) string {
	if strings.HasSuffix(name, "@"+strings.TrimPrefix(host, "/")) { // Kafka's client host is "/127.0.0.1"
		return name
	}
	return name + " from " + host
}

// diffGroup says what changed from prev to cur, members joined (with
// what they were given), then left, then the assignments that moved.
func diffGroup(prev, cur GroupStat) []string {
	var out []string
	before := members(prev)
	after := members(cur)
	name := memberNames(before, after)
	for _, id := range sortedKeys(after) {
		m := after[id]
		if _, ok := before[id]; !ok {
			s := "joined " + memberFrom(name(m), m.Host)
			if len(m.Assigned) > 0 {
				s += " with " + FormatTPs(m.Assigned)
			}
			out = append(out, s)
		}
	}
	for _, id := range sortedKeys(before) {
		m := before[id]
		if _, ok := after[id]; !ok {
			out = append(out, "left "+memberFrom(name(m), m.Host))
		}
	}
	for _, id := range sortedKeys(after) {
		m := after[id]
		if old, ok := before[id]; ok && !slices.Equal(old.Assigned, m.Assigned) {
			out = append(out, name(m)+": "+FormatTPs(old.Assigned)+" → "+FormatTPs(m.Assigned))
		}
	}
	return out
}

// memberNames names members in the rebalance log: by client id, which is
// what people set; where two members of the group share one (every
// instance of a service does), by client id@host, and where those are
// shared too, with the end of the member id.
func memberNames(sets ...map[string]MemberStat) func(MemberStat) string {
	byClient := map[string]map[string]bool{}     // client id -> member ids
	byClientHost := map[string]map[string]bool{} // client id@host -> member ids
	for _, set := range sets {
		for id, m := range set {
			for k, idx := range map[string]map[string]map[string]bool{m.ClientID: byClient, m.ClientID + "@" + m.Host: byClientHost} {
				if idx[k] == nil {
					idx[k] = map[string]bool{}
				}
				idx[k][id] = true
			}
		}
	}
	return func(m MemberStat) string {
		switch {
		case len(byClient[m.ClientID]) < 2:
			return m.ClientID
		case len(byClientHost[m.ClientID+"@"+m.Host]) < 2:
			return m.ClientID + "@" + strings.TrimPrefix(m.Host, "/")
		}
		return m.ClientID + "@" + strings.TrimPrefix(m.Host, "/") + "#" + m.ID[max(len(m.ID)-6, 0):]
	}
}

func membershipChanged(prev, cur GroupStat) bool {
	before, after := members(prev), members(cur)
	if len(before) != len(after) {
		return true
	}
	for id, m := range after {
		old, ok := before[id]
		if !ok || !slices.Equal(old.Assigned, m.Assigned) {
			return true
		}
	}
	return false
}

func members(g GroupStat) map[string]MemberStat {
	out := make(map[string]MemberStat, len(g.Detail))
	for _, m := range g.Detail {
		out[m.ID] = m
	}
	return out
}

func sortedKeys(m map[string]MemberStat) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// FormatTPs prints partitions compactly, per topic: "orders[0,1,2]".
// An empty list is "none" (an idle member).
func FormatTPs(tps []TP) string {
	if len(tps) == 0 {
		return "none"
	}
	var b strings.Builder
	for i, tp := range tps {
		switch {
		case i == 0:
			b.WriteString(tp.Topic + "[")
		case tp.Topic != tps[i-1].Topic:
			b.WriteString("] " + tp.Topic + "[")
		default:
			b.WriteByte(',')
		}
		fmt.Fprintf(&b, "%d", tp.Partition)
	}
	b.WriteByte(']')
	return b.String()
}
