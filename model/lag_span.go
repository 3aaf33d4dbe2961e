package model

// A partition's lag sparkline spans the configured [lag] history as its
// group's topic totals do, but in coarse buckets: partHistoryCap buckets
// of PartStep polls each, every bucket the highest lag of its polls, so
// 40,000 group-partitions cost 64 x 8 bytes more each, not ten minutes of
// samples (ut22a M11: the zoomed sparkline showed the newest 40 polls of
// a 10-minute history). Buckets are aligned to poll numbers (bucket k
// holds polls k*PartStep to (k+1)*PartStep-1), so a sparkline drawn from
// them does not shift as polls come.

// PartStep is the polls in one bucket of a partition's lag sparkline
// history (PartLag.Spark): the configured history over partHistoryCap
// buckets, at least 1.
func (l *Lags) PartStep() int { return max((l.cfg.History+partHistoryCap-1)/partHistoryCap, 1) }

// Polls is the number of polls folded so far: the newest sample of every
// lag history (TopicLag.Hist, PartLag.Spark) is from poll Polls().
func (l *Lags) Polls() uint64 { return l.polls }

// sparkPart adds lag to the partition's bucketed history at the current
// poll: into the newest bucket while the poll falls in it, the highest
// lag kept, else as a new bucket.
func (l *Lags) sparkPart(p *PartLag, lag int64) {
	step := uint64(l.PartStep())
	if p.Spark == nil {
		p.Spark = NewRing[int64](partHistoryCap)
	}
	key := l.polls / step
	if n := p.Spark.Len(); n > 0 && p.sparkKey == key {
		p.Spark.buf[(p.Spark.start+n-1)%len(p.Spark.buf)] = max(p.Spark.At(n-1), lag)
		return
	}
	p.Spark.Push(lag)
	p.sparkKey = key
}

// PartFine is the polls a partition's per-poll samples (PartLag.Hist)
// hold: the newest PartFine polls' lags are there one a poll.
func (l *Lags) PartFine() int { return min(max(l.cfg.Window, partHistoryCap), l.cfg.History) }
