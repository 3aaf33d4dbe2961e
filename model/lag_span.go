package model

// A partition's lag sparkline spans the configured [lag] history as its
// group's topic totals do, in at most partSparkCap buckets, each the
// highest lag of its polls: one a poll while the partition is young, and
// when the buckets are full, pairs merged into buckets of twice the polls,
// up to PartStep, so 40,000 group-partitions cost 1 KB more each, not ten
// minutes of samples (ut22a M11: the zoomed sparkline showed the newest 40
// polls of a 10-minute history). Buckets are aligned to poll numbers
// (bucket k of a step holds polls k*step to (k+1)*step-1), so a sparkline
// drawn from them does not shift as polls come.

// partSparkCap is the most buckets a partition's sparkline history holds.
const partSparkCap = 128

// PartStep is the most polls in one bucket of a partition's sparkline
// history (PartLag.Spark): the least power of two whose partSparkCap
// buckets hold the configured history.
func (l *Lags) PartStep() int { return SparkStep(l.cfg.History) }

// SparkStep is the polls in one bucket of a partition's sparkline history
// that has seen polls polls, up to the configured history: the least power
// of two whose partSparkCap buckets hold them. A partition younger than
// the polls has buckets of this step or of a smaller power of two, which
// divides it.
func SparkStep(polls int) int {
	step := 1
	for step*partSparkCap < polls {
		step *= 2
	}
	return step
}

// Polls is the number of polls folded so far: the newest sample of every
// lag history (TopicLag.Hist, PartLag.Spark) is from poll Polls().
func (l *Lags) Polls() uint64 { return l.polls }

// sparkPart adds lag to the partition's bucketed history at the current
// poll: into the newest bucket while the poll falls in it, the highest
// lag kept, else as a new bucket, pairs merged first when the buckets are
// full and the step may grow.
func (l *Lags) sparkPart(p *PartLag, lag int64) {
	if p.Spark == nil {
		p.Spark, p.SparkStep = NewRing[int64](partSparkCap), 1
	}
	if p.Spark.Len() == partSparkCap && l.polls/uint64(p.SparkStep) != p.sparkKey && p.SparkStep < l.PartStep() {
		p.mergeSpark()
	}
	key := l.polls / uint64(p.SparkStep)
	if n := p.Spark.Len(); n > 0 && p.sparkKey == key {
		p.Spark.buf[(p.Spark.start+n-1)%len(p.Spark.buf)] = max(p.Spark.At(n-1), lag)
		return
	}
	p.Spark.Push(lag)
	p.sparkKey = key
}

// mergeSpark doubles the polls per bucket, each new bucket the highest
// of the old ones it covers.
func (p *PartLag) mergeSpark() {
	n := p.Spark.Len()
	merged := NewRing[int64](partSparkCap)
	var last uint64
	for i := range n {
		k := (p.sparkKey - uint64(n-1-i)) / 2
		v := p.Spark.At(i)
		if m := merged.Len(); m > 0 && k == last {
			merged.buf[(merged.start+m-1)%len(merged.buf)] = max(merged.At(m-1), v)
			continue
		}
		merged.Push(v)
		last = k
	}
	p.Spark, p.SparkStep, p.sparkKey = merged, p.SparkStep*2, p.sparkKey/2
}
