package model

// A partition whose watermarks a poll could not read (its leader not
// answering yet, no leader: PartitionStat.Err) has a High of 0 that says
// nothing. Taken as a watermark it was a mark of 0, and the next poll
// that read the partition counted its whole log as produced in one
// interval (ut34b-1: on a 3-broker cluster whose first poll did not reach
// every leader, `audit 1.7/s` for a minute, its 50 records written
// minutes before the console started, the header's produced 8x the
// truth). Such a poll moves no rate and leaves no mark: the partition's
// first read watermark is its baseline, and one read again after a gap
// counts what was produced in it, over the gap.

// marked reports whether m is a watermark read (a zero mark stands for
// none: a partition indexed before its first read).
func (m hwMark) marked() bool { return !m.at.IsZero() }
