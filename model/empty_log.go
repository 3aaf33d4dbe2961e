package model

// A consumer commits an offset only for a partition it read a record
// from, so a live group assigned a partition with nothing in it has no
// commit there, and the lists read its lag as a floor (`9+`, "6
// partitions not committed") where there is nothing to lag (ut30 X6: a
// 12-partition topic whose keys land on 6 of them). A log with nothing
// in it has lag 0 wherever its group would start: it is no floor.

// EmptyLog reports whether the last poll saw tp's log empty: its high
// watermark equal to its log start offset (0 where the start was not
// read). False for a partition the last poll did not see.
func (l *Lags) EmptyLog(tp TP) bool {
	h := l.hw[tp] // the high watermarks lag is counted from (behind.go)
	return h != nil && len(h.pts) > 0 && h.pts[len(h.pts)-1].high == l.lows[tp]
}
