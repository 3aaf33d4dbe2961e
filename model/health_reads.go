package model

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

// risingAtReads turns v, an OK verdict on a partition whose offset moves,
// into WARN where its lag rose at every read (above).
func (p *PartLag) risingAtReads(v Verdict) Verdict {
	if v.Health != HealthOK || v.why != whyMoving {
		return v
	}
	n := p.Hist.Len()
	if n < 2 {
		return v
	}
	var newest, first int64
	reads := 0
	for i := n - 1; i > 0 && reads < readsJudged; i-- {
		s, prev := p.Hist.At(i), p.Hist.At(i-1)
		if prev.At < p.from || s.At == p.seed {
			break
		}
		if s.Offset == prev.Offset {
			continue
		}
		if reads > 0 && s.Lag > first { // the lag fell after this read
			return v
		}
		if reads == 0 {
			newest = s.Lag
		}
		first, reads = s.Lag, reads+1
	}
	if reads < 3 || newest <= first {
		return v
	}
	return Verdict{Health: HealthWarn, why: whyRisingAtReads, a: first, b: newest}
}
