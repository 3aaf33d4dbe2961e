package model

import "fmt"

// Lag at the edges of a partition's log. A committed offset is an
// ordinary position between the log start offset and the high watermark;
// outside that range Kafka's plain "high watermark minus committed" is
// wrong in both directions:
//
//   - below the log start (retention deleted what the group had not read):
//     the records before the log start no longer exist, so the lag counts
//     from the log start, and the offset is out of range: the consumer
//     will reset by its auto.offset.reset when it next fetches;
//   - beyond the high watermark (the topic was recreated or truncated
//     under the group, or offsets were written by hand): the group is not
//     caught up, it is ahead by the difference, and will be reset too;
//   - a group with members that committed nothing has no lag to show:
//     "-", as kafka-consumer-groups.sh prints, not 0 and OK.

// Edge says where a committed offset sits relative to the log.
type Edge uint8

const (
	EdgeNone       Edge = iota // within [log start, high watermark]
	EdgeBelowStart             // below the log start offset: out of range
	EdgeAhead                  // beyond the high watermark
	EdgeMarker                 // on transaction markers only: caught up
)

// SetLogStarts gives the log start offset of every partition a group
// committed on, for the next Observe (nil: unknown, no below-start check).
func (l *Lags) SetLogStarts(lows map[TP]int64) { l.lows = lows }

// SetDataEnds gives, for partitions whose last offsets are transaction
// markers (control records no consumer receives), the offset where their
// data ends, for the next Observe: a committed offset at or past it and
// below the high watermark has nothing left to read.
func (l *Lags) SetDataEnds(ends map[TP]int64) { l.ends = ends }

// edgeLag is a committed offset's lag and edge, given the partition's log
// start (ok false when unknown) and high watermark.
func edgeLag(off, low int64, lowKnown bool, high int64) (int64, Edge) {
	switch {
	case off > high:
		return 0, EdgeAhead
	case lowKnown && off < low:
		return high - low, EdgeBelowStart
	}
	return high - off, EdgeNone
}

// Reason is the partition's health in words, naming an edge first.
func (p *PartLag) Reason() string {
	switch p.Edge {
	case EdgeBelowStart:
		return fmt.Sprintf("committed offset %s is out of range, below the log start %s: lag %s counted from the log start; the consumer resets by its auto.offset.reset",
			Thousands(p.Committed), Thousands(p.Low), Thousands(p.Lag))
	case EdgeAhead:
		return fmt.Sprintf("committed offset %s is beyond the high watermark %s: ahead by %s (topic recreated or truncated?), not caught up",
			Thousands(p.Committed), Thousands(p.High), Thousands(p.Committed-p.High))
	case EdgeMarker:
		return fmt.Sprintf("committed offset %s is at a transaction marker (only control records up to the high watermark %s): caught up",
			Thousands(p.Committed), Thousands(p.High))
	}
	return p.withReset(p.Verdict.Reason())
}

// LagText is the partition's lag as a table cell: the number, or what an
// edge means ("ahead 5").
func (p *PartLag) LagText() string {
	if p.Edge == EdgeAhead {
		return "ahead " + Thousands(p.Committed-p.High)
	}
	return Thousands(p.Lag)
}

// ahead is how far p is committed past its high watermark, 0 when not.
func (p *PartLag) ahead() int64 {
	if p.Edge == EdgeAhead {
		return p.Committed - p.High
	}
	return 0
}

// totalLagText is a total lag as a table cell: the number, or "ahead N"
// when there is no lag and some partitions are committed past their high
// watermark, so a group ahead never reads 0 as if caught up (ut25a Q4:
// `0 … ERR` beside `0 … OK`).
func totalLagText(lag, ahead int64) string {
	if lag == 0 && ahead > 0 {
		return "ahead " + Thousands(ahead)
	}
	return Thousands(lag)
}

// LagText is the group's total lag as a table cell (totalLagText).
func (g *GroupLag) LagText() string { return totalLagText(g.Lag, g.Ahead) }

// LagText is the group's lag on the topic as a table cell (totalLagText).
func (t *TopicLag) LagText() string { return totalLagText(t.Lag, t.Ahead) }
