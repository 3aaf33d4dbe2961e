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

// hwHistoryCap bounds each partition's watermark history: 120 points of
// 16 bytes. Only changes are kept, and a full history is thinned so that
// points are spaced by at least a sixteenth of their age: a busy partition
// polled every second keeps second-exact ages for the last seconds,
// 4-second ones a minute back, 40-second ones ten minutes back, and
// reaches back to the first poll instead of reading ">2m" for everything
// older (a user test, issue 14 F35: a group stopped five minutes ago read
// ">1m").
const hwHistoryCap = 120

// hwHistory is one partition's thinned watermark history, oldest first,
// and the last poll that saw it (Unix nanoseconds).
type hwHistory struct {
	pts  []hwPoint
	seen int64
}

// add keeps p when the watermark moved, thinning when full. A watermark
// below the last is a partition that was deleted and created again, or a
// cluster replaced at the same address: its history is of records that
// are gone, so it starts again (ut15b C12: "behind 4m" on a cluster a
// minute old). A watermark that moves after standing still longer than
// thinnedGap first gets a point where it was last seen standing: only
// changes are kept, and without it the idle minutes read as a gap that
// thinning left, over which behind spreads the new records (ut30 X12:
// records 18 s old read `18m` after the watermark stood 21 minutes).
func (h *hwHistory) add(p hwPoint) (replaced bool) {
	seen := h.seen
	h.seen = p.at
	if n := len(h.pts); n > 0 && h.pts[n-1].high == p.high {
		return false
	} else if n > 0 && p.high < h.pts[n-1].high {
		h.pts, replaced = h.pts[:0], true
	} else if n > 0 && seen-h.pts[n-1].at > int64(thinnedGap) {
		h.push(hwPoint{at: seen, high: h.pts[n-1].high}) // the watermark stood here until then
	}
	h.push(p)
	return replaced
}

// push appends p, thinning a full history first.
func (h *hwHistory) push(p hwPoint) {
	if len(h.pts) == hwHistoryCap {
		h.thin(p.at)
	}
	h.pts = append(h.pts, p)
}

// thin drops points closer to the one kept before them than a sixteenth
// of their age at now, keeping the oldest and the newest; when none is
// that close, every other point of the older half goes.
func (h *hwHistory) thin(now int64) {
	n := len(h.pts)
	kept := h.pts[:1]
	for _, p := range h.pts[1 : n-1] {
		if p.at-kept[len(kept)-1].at >= (now-p.at)/16 {
			kept = append(kept, p)
		}
	}
	if len(kept) == n-1 { // nothing close enough: halve the older half
		kept = h.pts[:1]
		for i := 2; i < n/2; i += 2 {
			kept = append(kept, h.pts[i])
		}
		kept = append(kept, h.pts[n/2:n-1]...)
	}
	h.pts = append(kept, h.pts[n-1])
}

func (l *Lags) recordHighs(now time.Time, highs map[TP]int64) {
	if l.recordHighsIndexed(now, highs) { // the highs of the last poll's partitions (lag_order.go)
		return
	}
	defer l.reindexHist()
	for tp, h := range highs {
		r := l.hw[tp]
		if r == nil {
			r = &hwHistory{pts: make([]hwPoint, 0, hwHistoryCap)}
			l.hw[tp] = r
		}
		if r.add(hwPoint{at: now.UnixNano(), high: h}) {
			l.noteReplaced(now, tp)
		}
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
	if r == nil || len(r.pts) == 0 {
		return 0, false
	}
	i := sort.Search(len(r.pts), func(i int) bool { return r.pts[i].high > offset })
	if i == len(r.pts) {
		return 0, false
	}
	at := r.pts[i].at
	if i > 0 {
		// Where thinning left points far apart, the first poll past the
		// offset may be long after the record: read its time off the
		// line between the points around it (records come at a steady
		// pace far more often than in one burst).
		a, b := r.pts[i-1], r.pts[i]
		if gap := b.at - a.at; gap > int64(thinnedGap) && b.high > a.high {
			at = a.at + int64(float64(gap)*float64(offset+1-a.high)/float64(b.high-a.high))
		}
	}
	// A record waits: never report zero, even when it came this poll.
	return max(time.Duration(now.UnixNano()-at), 1), i == 0
}

// thinnedGap is a gap between watermark points that polls do not leave
// (a poll is at most a few seconds) but thinning does.
const thinnedGap = 10 * time.Second
