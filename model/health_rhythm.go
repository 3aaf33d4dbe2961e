package model

// A consumer that reads a partition now and then (a slow group spread
// over a dozen partitions, a batch job's runs) moves its committed offset
// there at gaps longer than the health window: judged over the window
// alone, the partition read STALL in each gap and OK after each move,
// and the group's word, its worst partition's, flipped OK, STALL and back
// every few seconds while it made progress (ut36b-4, ut36b-14). Burrow
// judges a window of commits, not of time, so such a consumer is judged
// over its own rhythm there. Here the window stretches back to the
// offset's last move while the offset has stood no longer than half as
// long again as the longest gap between its moves the partition's
// history holds (its 64 samples kept; the half for a rhythm's jitter): a
// consumer keeping its rhythm is judged by its trend (OK, WARN), one that
// misses it is STALL, and one never seen to move is STALL after a window
// as before. Its next move, keeping the rhythm, is a read, not a reset
// from outside (reset_outside.go), members or not.

// rhythm is where p's offset last moved among its first n samples: the
// index of the sample before the move (-1 when none is seen, or it is a
// restart's), and the longest gap between the moves up to it since the
// last restart, in polls (0 when fewer than two moves are seen). Gaps are
// counted in polls, as the window is: polls come at the configured
// interval, however long each takes. across counts the moves before a
// restart too: a member-less committer's second move, which no rhythm
// yet explains, restarts the window as a reset would, and its rhythm
// must still be known at the third.
func (p *PartLag) rhythm(n int, across bool) (before, longest int) {
	if n < 2 || !p.movedSeen { // never seen to move: nothing to scan (an idle cluster's every poll)
		return -1, 0
	}
	cur := p.Hist.At(n - 1).Offset
	before = n - 2
	for before >= 0 && p.Hist.At(before).Offset == cur {
		before--
	}
	if before < 0 {
		return -1, 0
	}
	from := p.from
	if across {
		from = 0
	}
	if s := p.Hist.At(before); s.At < from || s.At == p.seed {
		return -1, 0 // the move is a restart's (a reset): judged from it as before
	}
	for j, prev := before, before+1; j > 0 && p.Hist.At(j-1).At >= from; j-- {
		if p.Hist.At(j-1).Offset != p.Hist.At(j).Offset { // a move at sample j
			longest = max(longest, prev-j)
			prev = j
		}
	}
	return before, longest
}

// inRhythm reports whether a gap of d polls since the last move keeps a
// rhythm whose longest gap is longest polls.
func inRhythm(d, longest int) bool { return longest > 0 && 2*d <= 3*longest }

// rhythmWindow is win, p's judged window ending at this poll, stretched
// back to the sample before the offset's last move where the offset
// stood still over the whole window with lag to read and keeps a rhythm
// slower than the window (above); win itself otherwise. The stretched
// window is in l.rhythmBuf: win, in l.scratch, stays whole for the
// consume rate.
func (l *Lags) rhythmWindow(p *PartLag, win []Sample) []Sample {
	last := len(win) - 1
	if len(win) < l.cfg.Window || last < 1 || win[last].Lag == 0 || win[0].Offset != win[last].Offset {
		return win
	}
	n := p.Hist.Len()
	before, longest := p.rhythm(n, false)
	// a rhythm within the window is judged by the window: a full one
	// without a move has missed it
	if before < 0 || longest < len(win) || !inRhythm(n-1-before, longest) {
		return win
	}
	l.rhythmBuf = p.Hist.Slice(l.rhythmBuf, before, n)
	return l.rhythmBuf
}

// keepsRhythm reports whether p's offset moving at this poll, before its
// sample is kept, comes when its rhythm says a read would: a member-less
// committer reading now and then, not a reset.
func (p *PartLag) keepsRhythm() bool {
	n := p.Hist.Len()
	before, longest := p.rhythm(n, true)
	return before >= 0 && inRhythm(n-1-before, longest)
}
