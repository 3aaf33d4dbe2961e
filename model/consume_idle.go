package model

import "time"

// A group whose members left consumes nothing: its consume rate on a
// partition whose committed offset has not moved since the first poll
// that listed it without members is 0 at once, not a window's average of
// the commits before they left (ut34b-4: an Empty group read 4.0/s for
// half a minute while its lag climbed, its last member's commits having
// come in bursts). A commit after that (an offsets reset, a tool
// committing for it) counts as before, and so does a group never seen
// with members: a member-less committer (Flink, Spark) commits on its own
// clock and reads its rate between commits (consume_steps.go).

// noteLeft keeps when cur's members were last seen gone: the first poll
// listing it without members after one with, 0 while it has members or
// has never been seen with any.
func (g *GroupLag) noteLeft(now time.Time, cur GroupStat) {
	switch {
	case !noMembers(cur):
		g.hadMembers, g.leftAt = true, 0
	case g.hadMembers && g.leftAt == 0:
		g.leftAt = now.UnixNano()
	}
}

// idleRates zeroes the rates of g's partitions seen at this poll whose
// offsets have not moved since its members left.
func (l *Lags) idleRates(g *GroupLag) {
	if g.leftAt == 0 || g.emptyAt != l.polls {
		return
	}
	for _, p := range g.Parts {
		if p.seen == l.polls && p.moved.UnixNano() <= g.leftAt {
			p.Rate = 0
		}
	}
}
