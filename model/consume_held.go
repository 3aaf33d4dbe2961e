package model

import (
	"math"
	"sort"
	"time"
)

// Between whole commits (consume_steps.go) a consumer committing on its
// own clock still read 1.6/s and 2.0/s at alternate polls beside a
// producer writing 10 records every 5.3 s (ut42b-9): its commits every
// 5 s take one batch or none as the two clocks drift, so the span from
// its first commit to its last holds four batches' records over 20 s, or
// over 25 s. A consumer within a commit of the head read those records as
// they came, so their span is the producer's: each end is counted from
// the poll that saw the high watermark reach the offsets committed there
// (the latest of the topic's partitions, one span for all of them so the
// topic's rate is their sum), whole arrivals as the produce rate counts
// them (produce_span.go), which reads 1.9/s at every poll. A consumer
// further behind than a commit (draining a backlog) is counted between
// its commits' own polls, as before. And as the produce rate, a rate said
// is kept while the measure is within the polls its ends could be off by,
// so it changes when the consumer's pace does, not as the polls fall.

// noteProduced notes in r when p's records committed at r's first and
// last polls had been produced, the latest of the topic's partitions, and
// since when p had records to commit after last.
func (l *Lags) noteProduced(r *commitRhythm, p *PartLag) {
	a, b, _, ok := p.samplesAt(r.first, r.last)
	if !ok {
		return
	}
	r.from, r.to = max(r.from, l.producedBy(p.TP, a.Offset)), max(r.to, l.producedBy(p.TP, b.Offset))
	if at, ok := l.hwReached(p.TP, b.Offset+1); ok {
		r.waiting = min(r.waiting, max(at, r.last))
	}
}

// settle decides r's span: between when the records committed at its
// ends had been produced, where the group was within a commit of the head
// at both, else between the commits' polls; and whether the group kept
// its rhythm: once it misses it (no commit for longer than its longest
// gap, counted from when it had records to commit, as a caught-up
// consumer's commit with nothing new moves no offset) the window's own
// ends count again, so a group that stops reads its rate falling to 0.
func (r *commitRhythm) settle() {
	if !r.ok {
		return
	}
	if r.waiting != math.MaxInt64 && r.at[0]-r.waiting > r.longest {
		r.ok = false
		return
	}
	if r.from <= 0 || r.to <= r.from || r.from > r.first || r.first-r.from > r.gap || r.to > r.last || r.last-r.to > r.gap {
		r.from, r.to = r.first, r.last
	}
	r.recs, r.held, r.off, r.partial = 0, 0, 0, false
}

// count adds p's records between r's commits, and the rate it said at
// the last poll, to r's; a partition without samples at both is not
// counted (its rate is its window's).
func (r *commitRhythm) count(p *PartLag) {
	if p.from > r.first {
		r.partial = true
		return
	}
	a, b, beforeB, ok := p.samplesAt(r.first, r.last)
	if !ok {
		r.partial = true
		return
	}
	r.recs += float64(b.Offset - a.Offset)
	r.held += p.rateHeld
	// each end could be off by the poll before it (the record or the
	// commit came somewhere in that gap)
	r.off = max(r.off, 2*time.Duration(b.At-max(beforeB.At, a.At)).Seconds())
}

// rate sets p's rate to its records between r's commits over r's span,
// or, where the topic's rates said at the last poll are within what the
// span could be off by, to the rate it said then: one decision for the
// topic, so its rate stays the sum of its partitions'.
func (r *commitRhythm) rate(p *PartLag) {
	a, b, _, ok := p.samplesAt(r.first, r.last)
	if p.from > r.first || !ok {
		p.rateHeld = 0
		return
	}
	secs := time.Duration(r.to - r.from).Seconds()
	if !r.partial && r.held > 0 && r.recs > 0 && math.Abs(r.recs/r.held-secs) <= r.off {
		p.Rate = p.rateHeld
		return
	}
	p.Rate = float64(b.Offset-a.Offset) / secs
	p.rateHeld = p.Rate
}

// samplesAt is p's samples at first and last (Unix nanoseconds) and the
// one before last; ok false unless both are kept, last after first.
func (p *PartLag) samplesAt(first, last int64) (a, b, beforeB Sample, ok bool) {
	var haveA, haveB bool
	for i := p.Hist.Len() - 1; i >= 0 && !haveA; i-- {
		s := p.Hist.At(i)
		switch s.At {
		case last:
			b, haveB = s, true
			if i > 0 {
				beforeB = p.Hist.At(i - 1)
			}
		case first:
			a, haveA = s, true
		}
	}
	return a, b, beforeB, haveA && haveB && b.At > a.At
}

// producedBy is when the records below offset had all been produced:
// the first poll that saw the high watermark reach it; 0 where the
// watermark's history does not tell (reached before its first point, or
// not yet).
func (l *Lags) producedBy(tp TP, offset int64) int64 {
	at, _ := l.hwReached(tp, offset)
	return at
}

// hwReached is the first poll that saw tp's high watermark at offset or
// past it (Unix nanoseconds; 0 where that was before its history's first
// point); ok false where none has yet.
func (l *Lags) hwReached(tp TP, offset int64) (at int64, ok bool) {
	h := l.hw[tp]
	if h == nil {
		return 0, false
	}
	i := sort.Search(len(h.pts), func(i int) bool { return h.pts[i].high >= offset })
	switch i {
	case len(h.pts):
		return 0, false
	case 0:
		return 0, true
	}
	return h.pts[i].at, true
}
