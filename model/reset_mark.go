package model

import (
	"strings"
	"time"
)

// A reset made on another washboard console reaches this one only as
// committed offsets that moved. The heuristic in reset_outside.go tells
// a jump to the log's end from consumption only while the jump lands
// where the end stood at about the poll, but a washboard reset commits
// the offsets its preview showed, which fall behind the end by what was
// produced while the operator typed the group's name: a second console
// read such a reset as 12.3/s OK for a window (ut29 U8/W3). So every
// reset washboard commits carries a mark in the commit's metadata (the
// string OffsetCommit keeps beside each offset and OffsetFetch returns),
// and a move onto a marked commit is a reset, whoever's console made it.

// ResetMarkPrefix starts the metadata washboard commits with every
// reset's offsets.
const ResetMarkPrefix = "washboard reset"

// ResetMark is the metadata of a reset's commits: the prefix, the target
// and when, in UTC ("washboard reset to latest at 2026-11-30T07:53:20Z"),
// for anyone who reads the commit with another tool. Kafka keeps up to
// offset.metadata.max.bytes (4,096 by default) of it; a target is far
// shorter.
func ResetMark(target ResetTarget, at time.Time) string {
	return ResetMarkPrefix + " to " + target.String() + " at " + at.UTC().Format(time.RFC3339)
}

// IsResetMark reports whether a commit's metadata is a washboard reset's.
func IsResetMark(metadata string) bool { return strings.HasPrefix(metadata, ResetMarkPrefix) }

// markedBy is the author a marked reset's reason names: the mark carries
// no user, which is not for the cluster to keep.
const markedBy = "a washboard console"

// sampleMarked restarts p's health window when its committed offset moved
// onto a commit carrying the reset mark (above), unless this console's
// own reset was already noted for it. The reset is named at the time its
// mark carries, the one the console that made it logged, where that is
// within the few seconds before this poll a poll takes to see it (ut32b
// Zb9: the log said 11:46:28, the reason 11:46:29); else at this poll.
func sampleMarked(now, marked time.Time, p *PartLag, off int64) {
	if p.Hist.Len() == 0 || off == p.Committed {
		return
	}
	if p.resetBy == "" || now.Sub(p.resetAt) > 10*time.Second {
		at := now
		if d := now.Sub(marked); !marked.IsZero() && d >= 0 && d < 10*time.Second {
			at = marked
		}
		p.resetBy, p.resetAt = markedBy, at
	}
	p.restart(now, p.Committed, off)
}

// ResetMarkTime is the time a reset mark carries (ResetMark), zero where
// the metadata is not one or its time cannot be read.
func ResetMarkTime(metadata string) time.Time {
	if !IsResetMark(metadata) {
		return time.Time{}
	}
	i := strings.LastIndex(metadata, " at ")
	if i < 0 {
		return time.Time{}
	}
	at, err := time.Parse(time.RFC3339, metadata[i+len(" at "):])
	if err != nil {
		return time.Time{}
	}
	return at
}
