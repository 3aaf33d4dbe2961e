package model

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
// its commits anyway.

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
func resetFromOutside(p *PartLag, win []Sample, empty bool, off, high, low int64, lowKnown bool) bool {
	// to the log's end: where the last poll saw it end, less what this
	// poll saw land since (a poll reads the committed offsets before the
	// high watermarks, so a reset landing between the two reads sits
	// below the end that poll saw: ut28a U8, 51.6/s OK on a second
	// console), and at most this poll's end (records may land between
	// the reset and this poll: ut25a Q1 read 93.7/s on a topic written
	// 200 records every 8 s); or exactly to its start
	toEnd := off >= p.High-max(high-p.High, 0) && off <= high
	if !empty || len(win) < 2 || off <= p.Committed || !toEnd && (!lowKnown || off != low) {
		return false
	}
	for _, s := range win {
		if s.Offset != p.Committed {
			return false
		}
	}
	return true
}
