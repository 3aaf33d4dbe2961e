package model

import (
	"sort"
	"time"
)

// Lag as time. The poller sees high watermarks, not record timestamps, so
// the age of the record at a committed offset is read off the history of
// the high watermark: the record was produced by the first poll that saw
// the watermark past it. Fetching that record would tell its timestamp
// exactly, but that is a read per group and partition per poll.

// hwPoint is when a partition's high watermark was seen at high.
type hwPoint struct{ at, high int64 }

// hwHistoryCap bounds each partition's watermark history. Only changes are
// kept, and a full history is thinned rather than cut (thin), so a busy
// partition still remembers as far back as it has been watched, the
// points spread evenly over that span (a record's age is read off the
// nearest point kept after it: at most one gap late).
const hwHistoryCap = 120

func (l *Lags) recordHighs(now time.Time, highs map[TP]int64) {
	for tp, h := range highs {
		r := l.hw[tp]
		if r == nil {
			r = NewRing[hwPoint](hwHistoryCap)
			l.hw[tp] = r
		}
		if last, ok := r.Last(); ok && last.high == h {
			continue
		}
		l.pushHigh(r, now, h)
	}
	if len(l.hw) > len(highs) {
		for tp := range l.hw {
			if _, ok := highs[tp]; !ok {
				delete(l.hw, tp)
			}
		}
	}
}

// pushHigh adds a watermark change to a partition's history, thinning a
// full one first: every path that records highs goes through it.
func (l *Lags) pushHigh(r *Ring[hwPoint], now time.Time, h int64) {
	if r.Len() == r.Cap() {
		l.hwThin = thin(r, l.hwThin)
	}
	r.Push(hwPoint{at: now.UnixNano(), high: h})
}

// thin makes room in a full history by dropping the one point (never the
// oldest or the newest) whose neighbours are closest in time, so the
// points kept spread evenly over the whole span: ten minutes of a busy
// partition are read to about five seconds. Cost: O(cap) a push once
// full, in buf (returned for the next call), without allocating.
func thin(r *Ring[hwPoint], buf []hwPoint) []hwPoint {
	pts := r.Slice(buf, 0, r.Len())
	drop, gap := -1, int64(0)
	for i := 1; i < len(pts)-1; i++ {
		if g := pts[i+1].at - pts[i-1].at; drop < 0 || g < gap {
			drop, gap = i, g
		}
	}
	if drop < 0 {
		return pts
	}
	r.Reset()
	for i, p := range pts {
		if i != drop {
			r.Push(p)
		}
	}
	return pts
}

// behind is how long ago the record at offset was produced; atLeast is
// true when the watermark was already past it at the oldest point kept,
// so the record is older still. Zero when nothing is waiting.
func (l *Lags) behind(now time.Time, tp TP, offset int64) (d time.Duration, atLeast bool) {
	r := l.hw[tp]
	if r == nil || r.Len() == 0 {
		return 0, false
	}
	n := r.Len()
	i := sort.Search(n, func(i int) bool { return r.At(i).high > offset })
	if i == n {
		return 0, false
	}
	// A record waits: never report zero, even when it came this poll.
	return max(time.Duration(now.UnixNano()-r.At(i).at), 1), i == 0
}
