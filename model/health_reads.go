package model

import "math"

// Burrow's WARN is a lag that does not fall across its window of commits.
// Polls between a consumer's reads see its lag rise with every record
// written and fall at each read, so "rose on every poll" holds only for a
// consumer that read nothing in the window: one reading a few records
// now and then, far slower than the partition is written, read `OK
// consuming` at 0.0/s beside a lag climbing for minutes (ut36b-17), and a
// slow group's word flipped as single reads fell inside or outside the
// window (ut36b-4, ut36b-14). So the lag is also judged where Burrow
// judges it, at the reads: the polls that saw the offset move, the last
// readsJudged of them in the partition's history since its last restart
// (at least 3). Lag that never fell from read to read and ended higher is
// a consumer falling behind: WARN. A consumer keeping pace reads its lag
// back down at some read, and stays OK.

// readsJudged is how many of the latest reads the trend at reads looks
// at, Burrow's default window of commits (10).
const readsJudged = 10

// trendReadsMin is the fewest reads a trend is fitted over: with three,
// one uneven fetch makes the slope.
const trendReadsMin = 5

// risingAtReads turns v, an OK verdict on a partition whose offset moves,
// into WARN where its lag rose at every read (above), or where the lag at
// its reads climbs in a trend that stands out of their noise (trendRise):
// a consumer reading in fetches of uneven size, half as fast as its
// partition is written, reads its lag a little down at some reads while
// it climbs from 100 to 1,000, and read OK "consuming" throughout
// (ut40b-16, ut38b-18).
//
// Where the reads say the consumer keeps up (its lag fell at some read
// and climbs in no trend, or a read left none), a lag that rose on every
// poll of a window shorter than the gaps between its reads is the gap's
// writes, not a trend: OK (ut40b-16: a consumer reading every 5 to 13 s
// read WARN between its reads).
func (p *PartLag) risingAtReads(v Verdict) Verdict {
	if v.Health == HealthWarn && v.why == whyRising {
		if w := p.judgeReads(Verdict{Health: HealthOK, why: whyMoving, b: v.b}); w.Health == HealthOK && w.why == whyMoving && p.readsKnown() {
			return w
		}
		return v
	}
	return p.judgeReads(v)
}

// judgeReads is risingAtReads on an OK verdict.
func (p *PartLag) judgeReads(v Verdict) Verdict {
	if v.Health != HealthOK || v.why != whyMoving {
		return v
	}
	var at, lag [readsJudged]float64 // newest first
	reads, fell := 0, false
	for i := p.Hist.Len() - 1; i > 0 && reads < readsJudged; i-- {
		s, prev := p.Hist.At(i), p.Hist.At(i-1)
		if prev.At < p.from || s.At == p.seed {
			break
		}
		if s.Offset == prev.Offset {
			continue
		}
		if reads > 0 && float64(s.Lag) > lag[reads-1] { // the lag fell after this read
			fell = true
		}
		at[reads], lag[reads] = float64(s.At)/1e9, float64(s.Lag)
		reads++
	}
	if reads < 3 || lag[0] <= lag[reads-1] {
		return v
	}
	if !fell {
		return Verdict{Health: HealthWarn, why: whyRisingAtReads, a: int64(lag[reads-1]), b: int64(lag[0])}
	}
	if reads >= trendReadsMin && !caughtUp(lag[:reads]) && trendRise(at[:reads], lag[:reads]) {
		return Verdict{Health: HealthWarn, why: whyTrendAtReads, a: int64(lag[reads-1]), b: int64(lag[0])}
	}
	return v
}

// readsKnown reports whether p's history since its last restart holds
// trendReadsMin reads or more: enough to judge the lag at them.
func (p *PartLag) readsKnown() bool {
	reads := 0
	for i := p.Hist.Len() - 1; i > 0 && reads < trendReadsMin; i-- {
		s, prev := p.Hist.At(i), p.Hist.At(i-1)
		if prev.At < p.from || s.At == p.seed {
			break
		}
		if s.Offset != prev.Offset {
			reads++
		}
	}
	return reads >= trendReadsMin
}

// caughtUp reports whether a read left no lag: a consumer that reached
// the high watermark within its judged reads keeps up, whatever its trend
// since (Burrow: a window with a zero lag is OK).
func caughtUp(lag []float64) bool {
	for _, l := range lag {
		if l == 0 {
			return true
		}
	}
	return false
}

// trendRise reports whether lag, at times at (seconds), climbs by a
// least-squares line whose rise across them is at least twice the spread
// of the lags about it (a trend, not noise: a consumer keeping pace with a
// bursty producer scatters its lag about a level line) and a tenth of
// their mean (a lag of 1,000 growing by 30 is keeping pace, near enough).
func trendRise(at, lag []float64) bool {
	n := float64(len(at))
	var mt, ml float64
	for i := range at {
		mt, ml = mt+at[i], ml+lag[i]
	}
	mt, ml = mt/n, ml/n
	var stt, stl float64
	for i := range at {
		stt += (at[i] - mt) * (at[i] - mt)
		stl += (at[i] - mt) * (lag[i] - ml)
	}
	if stt == 0 {
		return false
	}
	slope := stl / stt
	var res float64
	for i := range at {
		d := lag[i] - (ml + slope*(at[i]-mt))
		res += d * d
	}
	rise := slope * (at[0] - at[len(at)-1]) // at is newest first
	return rise > 0 && rise >= 2*math.Sqrt(res/n) && rise >= ml/10
}
