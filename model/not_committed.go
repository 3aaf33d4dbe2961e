package model

// A group's lag counts the partitions it committed on. A partition of a
// topic it reads (committed on some of its partitions, or assigned to a
// member) that has no commit is a lag nobody knows: a restarted consumer
// starts there by its auto.offset.reset. The total is then a floor,
// shown `0+`, members or not (ut35-10, ut35-12: a group that committed on
// 3 of 12 partitions and left read `lag 0 OK`), and the health word is
// not OK on it: a partition not judged is NEW, as Severity ranks it. A
// partition whose log is empty has nothing to lag (empty_log.go) and is
// not counted; nor are a share group's, which start at offsets, not
// commits.

// notCommitted sets g's and its topics' NotCommitted from the last poll,
// counted once here for every topic g reads (NotCommittedIn), so a frame
// reads them rather than scanning the partitions (s21: the Groups frame
// counted them per row, doubling its cost), and keeps the health word off
// OK where they are not 0. It runs after topicTotals, so g.Topics holds
// the topics committed on.
func (l *Lags) notCommitted(g *GroupLag, stat GroupStat) {
	g.notCommittedIn = l.countNotCommitted(g, stat)
	g.NotCommitted = 0
	for _, n := range g.notCommittedIn {
		g.NotCommitted += n
	}
	for name, t := range g.Topics {
		t.NotCommitted = 0
		if t.seen == l.polls {
			t.NotCommitted = g.notCommittedIn[name]
		}
		if t.NotCommitted > 0 && t.Health == HealthOK {
			t.Health = HealthNew
		}
	}
	if g.NotCommitted > 0 && g.Health == HealthOK && g.worst != nil {
		g.Health = HealthNew
	}
}

// uncommittedGroups counts the partitions not committed (notCommitted)
// of the groups listed whose offsets the poll did not read: a group whose
// members were assigned partitions and committed nothing says so too.
func (l *Lags) uncommittedGroups(groups []GroupStat, committed []Committed) {
	read := make(map[string]bool, len(committed))
	for i := range committed {
		read[committed[i].Group] = true
	}
	for i := range groups {
		if g := l.Groups[groups[i].ID]; g != nil && !read[groups[i].ID] {
			l.notCommitted(g, groups[i])
		}
	}
}

// NotCommittedIn is how many of g's partitions of topic ("" for every
// topic) had no commit in the last poll (eachNotCommitted's rule, counted
// by the poll); 0 for a nil g or a group no poll has counted. Every pane's
// `+` and "N partitions not committed" is this count.
func (g *GroupLag) NotCommittedIn(topic string) int {
	if g == nil {
		return 0
	}
	if topic == "" {
		return g.NotCommitted
	}
	return g.notCommittedIn[topic]
}

// countNotCommitted counts eachNotCommitted's partitions by topic: topic
// -> count, nil when there are none.
func (l *Lags) countNotCommitted(g *GroupLag, stat GroupStat) map[string]int {
	var out map[string]int
	l.eachNotCommitted(g, stat, func(tp TP) {
		if out == nil {
			out = map[string]int{}
		}
		out[tp.Topic]++
	})
	return out
}

// eachNotCommitted calls f once for each of g's partitions without a
// commit in the last poll whose log is not empty: those of the topics g
// committed on (numbered 0 to n-1, as Kafka numbers them, where the poll
// read their watermarks), and those assigned to stat's members.
func (l *Lags) eachNotCommitted(g *GroupLag, stat GroupStat, f func(TP)) {
	if g == nil || stat.Type == "share" { // share groups start at offsets, not commits
		return
	}
	uncommitted := func(tp TP) bool {
		p := g.Parts[tp]
		return (p == nil || p.seen != l.polls) && !l.EmptyLog(tp)
	}
	scanned := func(t string) bool { // a topic whose partitions are counted by number
		tl := g.Topics[t]
		return tl != nil && tl.seen == l.polls
	}
	for t := range g.Topics {
		if !scanned(t) {
			continue
		}
		for p := 0; ; p++ {
			tp := TP{Topic: t, Partition: p}
			if _, ok := l.highs[tp]; !ok {
				break
			}
			if uncommitted(tp) {
				f(tp)
			}
		}
	}
	var counted map[TP]bool // one partition assigned twice counts once
	for _, m := range stat.Detail {
		for _, tp := range m.Assigned {
			_, listed := l.highs[tp]
			if scanned(tp.Topic) && listed || counted[tp] || !uncommitted(tp) {
				continue
			}
			if counted == nil {
				counted = map[TP]bool{}
			}
			counted[tp] = true
			f(tp)
		}
	}
}

// notCommittedReason is the reason of a group whose committed partitions
// are OK but whose others have no commit: its health is NEW for them.
func (g *GroupLag) notCommittedReason() (string, bool) {
	if g.err != "" || g.worst == nil || g.NotCommitted == 0 || g.worst.Health != HealthOK {
		return "", false
	}
	return Plural(g.NotCommitted, "partition") + " not committed: their lag is unknown (the committed ones are OK)", true
}
