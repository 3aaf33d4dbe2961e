package model

import "time"

// A reset made outside this console (another washboard, or
// kafka-consumer-groups.sh, which refuses a group with members) shows up
// here only as a committed offset that moved. A move back is caught by
// samplePart; a move forward reads like consumption, and a reset to the
// end of a busy log read as a consume rate ten times the topic's (ut23:
// 72.7/s under 25.0/s). A group with no member at this poll and the one
// before consumed nothing between them, and a jump to the log's end (at
// least where the last poll saw it end: records may land between the
// reset and this poll, ut25a Q1) or exactly to its start is what
// --to-latest and --to-earliest make, so that move restarts the health
// window as a move back does. A member-less committer that is consuming
// (Flink commits offsets at its checkpoints without joining the group)
// lands near the log's end whenever it is caught up, so the jump counts
// as a reset only after the offset stood still over the whole health
// window before it: a committer that commits at least once a window
// keeps its rate; one that commits less often was judged STALL between
// its commits anyway. And a consumer that joins, reads to the end,
// commits as it closes and leaves between two polls (a loop of `kcat -G
// -c 4` runs) is listed without members at both: its commit is no reset
// either (ut36b-3: `offset moved from 41 to 43 … (a reset?)` as a member
// left). So the jump counts as a reset only where the whole group stood
// still over the window: no member seen in it, no other partition's
// offset moved in it (idleThrough).

// noMembers reports whether a listed group has no member.
func noMembers(g GroupStat) bool { return g.Members == 0 && len(g.Detail) == 0 }

// noteMembers records, at each poll that lists g, whether it had no
// member, so group() can tell a move between two member-less polls.
func (g *GroupLag) noteMembers(poll uint64, cur GroupStat) {
	g.emptyBefore = g.emptyAt
	g.emptyAt = 0
	if noMembers(cur) {
		g.emptyAt = poll
	}
}

// emptyThrough reports whether g was listed without members at poll and
// the poll before it.
func (g *GroupLag) emptyThrough(poll uint64) bool {
	return poll > 1 && g.emptyAt == poll && g.emptyBefore == poll-1
}

// resetFromOutside reports whether p's committed offset moving to off,
// in a group empty since the last poll, is a reset to the log's end or
// start after standing still over win, the health window before this
// poll (above).
func resetFromOutside(p *PartLag, win []Sample, off, high, low int64, lowKnown bool) bool {
	// to the log's end: where the last poll saw it end, less what this
	// poll saw land since (a poll reads the committed offsets before the
	// high watermarks, so a reset landing between the two reads sits
	// below the end that poll saw: ut28a U8, 51.6/s OK on a second
	// console), and at most this poll's end (records may land between
	// the reset and this poll: ut25a Q1 read 93.7/s on a topic written
	// 200 records every 8 s); or exactly to its start
	toEnd := off >= p.High-max(high-p.High, 0) && off <= high
	if len(win) < 2 || off <= p.Committed || !toEnd && (!lowKnown || off != low) {
		return false
	}
	for _, s := range win {
		if s.Offset != p.Committed {
			return false
		}
	}
	return true
}

// idleThrough reports whether g was listed without members at this poll
// and the one before, was seen with none over the health window before
// this poll, and committed no move on any partition in it: nothing read
// there, so an offset that jumps was moved by a tool, not a consumer
// (above). Counted once a poll, and only when an offset jumps.
func (l *Lags) idleThrough(now time.Time, g *GroupLag) bool {
	if g.idlePoll == l.polls {
		return g.idle
	}
	g.idlePoll, g.idle = l.polls, false
	if !g.emptyThrough(l.polls) {
		return false
	}
	from := now.UnixNano()
	for _, p := range g.Parts {
		win := p.Window(l.scratch[:0], l.cfg.Window+1)
		for len(win) > 0 && win[len(win)-1].At >= now.UnixNano() {
			win = win[:len(win)-1] // this poll's own sample: every partition a reset moves moves at it
		}
		if len(win) > l.cfg.Window {
			win = win[len(win)-l.cfg.Window:]
		}
		for i := 1; i < len(win); i++ {
			if win[i].Offset != win[i-1].Offset {
				return false
			}
		}
		if len(win) > 0 {
			from = min(from, win[0].At)
		}
	}
	if g.hadMembers && g.leftAt >= from { // its members left within the window
		return false
	}
	g.idle = true
	return true
}
