package model

import "time"

// A group whose members left reads nothing more: on a partition whose
// committed offset has not moved since the poll that first listed the
// group without members, with records to read, it is STALL from that
// poll, not OK or WARN for the window the Burrow rules need to see the
// offset stand still (ut38a-31: a stopped demo group read OK, then `WARN
// lag rose on every poll`, for two minutes with nobody consuming), and
// keeps saying so once the window has seen the offset stand (ut39-5: the
// reason turned to `offset stuck` after 30 s, the group still empty). STOP
// and ERR stand; a commit after the members left (a reset, a tool
// committing for it) is judged by the rules as before, as is a group never
// seen with members (a member-less committer on its own clock).
func (l *Lags) leftStall(now time.Time, g *GroupLag, p *PartLag) {
	if g.leftAt == 0 || p.Lag <= 0 || p.moved.UnixNano() > g.leftAt {
		return
	}
	switch p.Verdict.Health {
	case HealthOK, HealthWarn, HealthNew, HealthStall, HealthStallSoFar: // one reason while nobody reads (ut39-5)
		p.Verdict = Verdict{Health: HealthStall, why: whyMembersLeft, a: p.Committed, b: p.Lag,
			d: time.Duration(now.UnixNano() - g.leftAt)}
	}
}
