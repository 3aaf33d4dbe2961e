package model

import "time"

// A group whose members left reads nothing more: on a partition whose
// committed offset has not moved since the poll that first listed the
// group without members, with records to read, it is STALL from that
// poll, not OK or WARN for the window the Burrow rules need to see the
// offset stand still (ut38a-31: a stopped demo group read OK, then `WARN
// lag rose on every poll`, for two minutes with nobody consuming), and
// keeps saying so once the window has seen the offset stand (ut39-5: the
// reason turned to `offset stuck` after 30 s, the group still empty). A
// reset after they left is no reader either: an offset that stands where
// a reset put it is STALL at once too, as the group beside it that was
// not reset (ut42a-13: after its reset a stopped demo group read NEW for
// 30 s beside another stopped one reading STALL), the reason naming the
// reset. STOP and ERR stand; any other commit after the members left (a
// tool committing for it) is judged by the rules as before, as is a group
// never seen with members (a member-less committer on its own clock).
func (l *Lags) leftStall(now time.Time, g *GroupLag, p *PartLag) {
	if g.leftAt == 0 || p.Lag <= 0 || p.moved.UnixNano() > g.leftAt && !p.movedByReset() {
		return
	}
	switch p.Verdict.Health {
	case HealthOK, HealthWarn, HealthNew, HealthStall, HealthStallSoFar: // one reason while nobody reads (ut39-5)
		p.Verdict = Verdict{Health: HealthStall, why: whyMembersLeft, a: p.Committed, b: p.Lag,
			d: time.Duration(now.UnixNano() - g.leftAt)}
	}
}

// movedByReset says the committed offset's last move was a reset: one
// this console made or a console's mark names (its move seen within the
// few seconds a poll takes to see it), or a move the poll took for one
// and restarted the window on (a move back, a reset made outside).
func (p *PartLag) movedByReset() bool {
	m := p.moved.UnixNano()
	return p.back.at == m || p.resetBy != "" && !p.moved.Before(p.resetAt) && p.moved.Sub(p.resetAt) < 10*time.Second
}
