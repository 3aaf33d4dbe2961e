package model

// QuietTail is the end of a partition the tail has read to its high
// watermark: from From to High there are only control records
// (transaction markers) and aborted records, nothing a read_committed
// consumer would ever be given.
type QuietTail struct {
	From, High int64
}

// visibleHigh is the high watermark lag is measured against: a group
// committed at or past the start of a quiet tail has consumed everything
// there is to consume (lag 0, not a STALL behind a commit marker), as long
// as nothing was written since the tail looked.
func (l *Lags) visibleHigh(tp TP, committed, high int64) int64 {
	if q, ok := l.quiet[tp]; ok && q.High == high && committed >= q.From && committed < high {
		return committed
	}
	return high
}

// SetQuiet hands the lags the tail's quiet partition ends (TailStat.Quiet).
func (l *Lags) SetQuiet(q map[TP]QuietTail) { l.quiet = q }
