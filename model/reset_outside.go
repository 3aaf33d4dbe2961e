package model

// A reset made outside this console (another washboard, or
// kafka-consumer-groups.sh, which refuses a group with members) shows up
// here only as a committed offset that moved. A move back is caught by
// samplePart; a move forward reads like consumption, and a reset to the
// end of a busy log read as a consume rate ten times the topic's (ut23:
// 72.7/s under 25.0/s). A group with no member at this poll and the one
// before consumed nothing between them, and a jump to exactly the high
// watermark or the log start offset is what --to-latest and
// --to-earliest make, so that move restarts the health window as a move
// back does. A member-less committer that is consuming (Flink commits
// offsets without joining the group) lands on the high watermark only
// when it is caught up with a quiet log: its window restarts then, which
// costs a window of "new", not a wrong rate.

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
	if !empty || len(win) < 2 || off <= p.Committed || off != high && (!lowKnown || off != low) {
		return false
	}
	for _, s := range win {
		if s.Offset != p.Committed {
			return false
		}
	}
	return true
}
