package model

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"time"
)

// Rebalance is one entry of the rebalance log.
type Rebalance struct {
	At     time.Time
	Group  string
	Kind   string // "joined", "left", "assignment", "generation", "state", "gone"
	Detail string
}

// rebalances compares each group with the previous poll's and logs what
// changed. Kafka's DescribeGroups carries no generation id, so a classic
// group's generation is derived: it bumps whenever the member set or any
// assignment changes, which is exactly when the coordinator bumps its own,
// counted from 1 when washboard first saw the group. KIP-848 and share
// groups report their group epoch, which is used as is. What the derived
// number is the side view's heading says once (`gen 3 (counted)`), not
// every log entry (ut35-12: the explanation took 2 of 9 rows per entry).
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
		// KIP-848 and share groups: the coordinator's group epoch is the
		// generation; classic groups: counted here, since washboard started.
		g.GenerationDerived = cur.Epoch <= 0
		if !g.GenerationDerived {
			g.Generation = int(cur.Epoch)
		}
		if !known {
			if g.GenerationDerived {
				g.Generation = 1
			}
			if l.polls > 1 { // a group that appeared while washboard watched: say who joined
				for _, e := range diffGroup(now, GroupStat{ID: cur.ID, State: cur.State}, cur) {
					l.Events.Push(e)
				}
			}
			continue
		}
		evs := diffGroup(now, prev, cur)
		for _, e := range evs {
			l.Events.Push(e)
		}
		switch {
		case !g.GenerationDerived && cur.Epoch != prev.Epoch:
			l.Events.Push(Rebalance{At: now, Group: cur.ID, Kind: "generation", Detail: fmt.Sprintf("group epoch %d (from the coordinator)", cur.Epoch)})
		case g.GenerationDerived && len(evs) > 0 && membershipChanged(prev, cur):
			g.Generation++
			l.Events.Push(Rebalance{At: now, Group: cur.ID, Kind: "generation", Detail: fmt.Sprintf("bumped to %d", g.Generation)})
		}
	}
	for id := range l.prev {
		if !seen[id] {
			delete(l.prev, id)
			delete(l.Groups, id)
			l.Events.Push(Rebalance{At: now, Group: id, Kind: "gone", Detail: "(no longer listed by the cluster)"})
		}
	}
}

func diffGroup(now time.Time, prev, cur GroupStat) []Rebalance {
	var out []Rebalance
	ev := func(kind, detail string) {
		out = append(out, Rebalance{At: now, Group: cur.ID, Kind: kind, Detail: detail})
	}
	if prev.State != cur.State {
		ev("state", prev.State+" → "+cur.State)
	}
	before := members(prev)
	after := members(cur)
	name := memberNames(before, after)
	for _, id := range sortedKeys(after) {
		m := after[id]
		if _, ok := before[id]; !ok {
			ev("joined", name(m)+" from "+m.Host)
			if len(m.Assigned) > 0 { // its first assignment, as every later one is logged
				ev("assignment", name(m)+": none → "+FormatTPs(m.Assigned))
			}
		}
	}
	for _, id := range sortedKeys(before) {
		m := before[id]
		if _, ok := after[id]; !ok {
			ev("left", name(m)+" from "+m.Host)
		}
	}
	for _, id := range sortedKeys(after) {
		m := after[id]
		if old, ok := before[id]; ok && !slices.Equal(old.Assigned, m.Assigned) {
			ev("assignment", name(m)+": "+FormatTPs(old.Assigned)+" → "+FormatTPs(m.Assigned))
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
