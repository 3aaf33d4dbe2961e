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
// kept, so a quiet partition remembers far back and a busy one about two
// minutes at a one-second poll; older lag reads ">2m".
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
		r.Push(hwPoint{at: now.UnixNano(), high: h})
	}
	if len(l.hw) > len(highs) {
		for tp := range l.hw {
			if _, ok := highs[tp]; !ok {
				delete(l.hw, tp)
			}
		}
	}
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
