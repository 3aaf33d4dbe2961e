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

// notCommitted sets g's and its topics' NotCommitted from the last poll
// (NotCommittedOn) and keeps the health word off OK where they are not 0.
// It runs after topicTotals, so g.Topics holds the topics committed on.
func (l *Lags) notCommitted(g *GroupLag, stat GroupStat) {
	g.NotCommitted = l.NotCommittedOn(g, stat, "")
	for name, t := range g.Topics {
		t.NotCommitted = 0
		if t.seen == l.polls {
			t.NotCommitted = l.NotCommittedOn(g, stat, name)
		}
		if t.NotCommitted > 0 && t.Health == HealthOK {
			t.Health = HealthNew
		}
	}
	if g.NotCommitted > 0 && g.Health == HealthOK && g.worst != nil {
		g.Health = HealthNew
	}
}

// NotCommittedOn counts g's partitions of topic ("" for every topic)
// without a commit in the last poll whose logs are not empty: those of
// the topics g committed on (numbered 0 to n-1, as Kafka numbers them,
// where the poll read their watermarks), and those assigned to stat's
// members. Every pane's `+` and "N partitions not committed" is this
// count.
func (l *Lags) NotCommittedOn(g *GroupLag, stat GroupStat, topic string) int {
	if stat.Type == "share" { // share groups start at offsets, not commits
		return 0
	}
	uncommitted := func(tp TP) bool {
		p := g.Parts[tp]
		return (p == nil || p.seen != l.polls) && !l.EmptyLog(tp)
	}
	n := 0
	scanned := func(t string) bool { // a topic whose partitions are counted by number
		tl := g.Topics[t]
		return tl != nil && tl.seen == l.polls
	}
	for t := range g.Topics {
		if topic != "" && t != topic || !scanned(t) {
			continue
		}
		for p := 0; ; p++ {
			tp := TP{Topic: t, Partition: p}
			if _, ok := l.highs[tp]; !ok {
				break
			}
			if uncommitted(tp) {
				n++
			}
		}
	}
	var counted map[TP]bool // one partition assigned twice counts once
	for _, m := range stat.Detail {
		for _, tp := range m.Assigned {
			_, listed := l.highs[tp]
			if topic != "" && tp.Topic != topic || scanned(tp.Topic) && listed || counted[tp] || !uncommitted(tp) {
				continue
			}
			if counted == nil {
				counted = map[TP]bool{}
			}
			counted[tp] = true
			n++
		}
	}
	return n
}

// notCommittedReason is the reason of a group whose committed partitions
// are OK but whose others have no commit: its health is NEW for them.
func (g *GroupLag) notCommittedReason() (string, bool) {
	if g.err != "" || g.worst == nil || g.NotCommitted == 0 || g.worst.Health != HealthOK {
		return "", false
	}
	return Plural(g.NotCommitted, "partition") + " not committed: their lag is unknown (the committed ones are OK)", true
}
