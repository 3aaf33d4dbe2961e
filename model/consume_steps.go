package model

import "math"

// A consumer that commits on a clock of its own (the Java client's and
// librdkafka's auto-commit, every 5 s) moves its committed offsets in
// steps, and a 30-poll window holds five of its commits or six as they
// fall: a caught-up group read 10.0/s or 12.0/s beside its topic's
// 12.0/s. So where a group's offsets on a topic moved at no more than
// half the polls of the window, its partitions' consume rates are counted
// from the first poll that saw the group commit on the topic to the last,
// whole commit periods, one span for every partition so the topic's sum
// holds. Once the group misses its rhythm (no commit for longer than its
// longest gap in the window) the window's own ends count again, so a
// group that stops reads its rate falling to 0 as before.

// commitRhythm is one topic's polls, newest first, within the window its
// partitions' rates were counted over, and which saw a commit.
type commitRhythm struct {
	at    []int64 // Unix nanoseconds, newest first
	moved []bool
	bad   bool // the partitions' polls do not line up: leave the rates
	// the span the rates are counted between (span), and when the
	// records committed at its ends had been produced (producedBy)
	first, last, gap, longest int64
	ok                        bool
	from, to                  int64
	waiting                   int64 // since when the group had records to commit after last
	// the topic's records between first and last, the rates its
	// partitions said at the last poll, how far the span's ends could be
	// off (seconds), and whether a partition is not counted (consume_held.go)
	recs, held, off float64
	partial         bool
}

// betweenCommits re-counts the consume rates of g's partitions seen at
// this poll, topic by topic, between the group's commits (above). from
// is each partition's first sample its rate counted (consumeRate).
func (l *Lags) betweenCommits(g *GroupLag) {
	if l.rhythms == nil {
		l.rhythms = map[string]*commitRhythm{}
	}
	rhythms, used := l.rhythms, 0
	clear(rhythms)
	for _, p := range g.Parts {
		if p.seen != l.polls {
			continue
		}
		r := rhythms[p.Topic]
		if r == nil { // reused across groups and polls: no allocation per poll
			if used == len(l.rhythmPool) {
				l.rhythmPool = append(l.rhythmPool, &commitRhythm{})
			}
			r, used = l.rhythmPool[used], used+1
			r.at, r.moved, r.bad = r.at[:0], r.moved[:0], false
			rhythms[p.Topic] = r
		}
		r.add(p)
	}
	for _, r := range rhythms {
		r.first, r.last, r.gap, r.longest, r.ok = r.span()
		r.from, r.to, r.waiting = 0, 0, math.MaxInt64
	}
	for _, p := range g.Parts { // when all the topic committed had been produced
		if r := rhythms[p.Topic]; p.seen == l.polls && r != nil && r.ok {
			l.noteProduced(r, p)
		}
	}
	for _, r := range rhythms {
		r.settle()
	}
	for _, p := range g.Parts {
		if r := rhythms[p.Topic]; p.seen == l.polls && r != nil && r.ok {
			r.count(p)
		}
	}
	for _, p := range g.Parts {
		if r := rhythms[p.Topic]; p.seen == l.polls && r != nil && r.ok {
			r.rate(p)
		} else if p.seen == l.polls {
			p.rateHeld = 0 // the window's own ends: nothing held
		}
	}
}

// add marks the polls of p's rate window that saw p's offset move.
func (r *commitRhythm) add(p *PartLag) {
	k := 0
	for i := p.Hist.Len() - 1; i > 0; i-- {
		s, before := p.Hist.At(i), p.Hist.At(i-1)
		if s.At < p.rateFrom || before.At < p.from {
			break
		}
		if k == len(r.at) {
			r.at, r.moved = append(r.at, s.At), append(r.moved, false)
		} else if r.at[k] != s.At {
			r.bad = true
			return
		}
		r.moved[k] = r.moved[k] || s.Offset != before.Offset
		k++
	}
}

// span is the first and last poll that saw a commit, the mean gap
// between the commits and the longest, when the group commits in steps.
// Whether it has kept its rhythm since is betweenCommits' to judge.
func (r *commitRhythm) span() (first, last, gap, longest int64, ok bool) {
	if r.bad || len(r.at) == 0 {
		return 0, 0, 0, 0, false
	}
	moves := 0
	for k, m := range r.moved {
		if !m {
			continue
		}
		if moves > 0 {
			longest = max(longest, first-r.at[k])
		} else {
			last = r.at[k]
		}
		first = r.at[k]
		moves++
	}
	if moves < 2 || 2*moves > len(r.at) {
		return 0, 0, 0, 0, false
	}
	return first, last, (last - first) / int64(moves-1), longest, true
}
