package model

import (
	"math"
	"time"
)

// History defaults: five minutes in five-second buckets is 60 points, enough
// for a row sparkline and a detail chart, and small per key (3 fields x 60
// buckets x 16 bytes is under 3 KiB a machine).
const (
	DefaultWindow = 5 * time.Minute
	DefaultBucket = 5 * time.Second
	DefaultStale  = 30 * time.Second
	maxBuckets    = 1024 // a window/bucket ratio past this is cut to it
)

// Window is the geometry of a view's history: a fixed number of buckets of
// fixed length. Buckets are aligned to the clock (bucket i covers
// [i*Bucket, (i+1)*Bucket) since the epoch), so a chart drawn "up to now"
// moves one column per bucket whatever the message rate.
type Window struct {
	Bucket time.Duration
	N      int
}

// NewWindow makes the window geometry for span and bucket, with defaults
// for zero values.
func NewWindow(span, bucket time.Duration) Window {
	if span <= 0 {
		span = DefaultWindow
	}
	if bucket <= 0 {
		bucket = DefaultBucket
	}
	n := int(span / bucket)
	return Window{Bucket: bucket, N: min(max(n, 1), maxBuckets)}
}

// Span is the time the window covers.
func (w Window) Span() time.Duration { return w.Bucket * time.Duration(w.N) }

// index is the absolute bucket number of t.
func (w Window) index(t time.Time) int64 { return t.UnixNano() / int64(w.Bucket) }

// Whole is the last instant of the bucket before now's: a window read up
// to it ends at the newest whole bucket, so a count being filled is not
// drawn as a low rate that climbs back every bucket (ut28a U11: a steady
// 4 records/s drew `▁` at each new bucket of a status view's rate).
func (w Window) Whole(now time.Time) time.Time {
	return time.Unix(0, w.index(now)*int64(w.Bucket)-1)
}

// Start is when the bucket holding the oldest point of the window ending
// at now begins.
func (w Window) Start(now time.Time) time.Time {
	return time.Unix(0, (w.index(now)-int64(w.N)+1)*int64(w.Bucket))
}

// bucket is one slot of a Hist: the sum and count of what fell into it.
type bucket struct {
	sum float64
	n   uint32
}

// Hist is the bucketed history of one number (a field of one key, or a
// count): a ring of Window.N buckets. Adding is O(1) and never allocates.
type Hist struct {
	b    []bucket
	head int64 // absolute index of the newest bucket written
	// first is the absolute index of the oldest bucket ever written (0:
	// none): Sums reads cells before it as gaps, not zeros (ut16a D3).
	first int64
}

func newHist(b []bucket) Hist { return Hist{b: b} }

// Add folds v into the bucket of at. Points older than the window kept
// behind the newest one are dropped: the history is a window, not a log.
func (h *Hist) Add(w Window, at time.Time, v float64) {
	abs, n := w.index(at), int64(len(h.b))
	if n == 0 {
		return
	}
	switch {
	case abs > h.head:
		if abs-h.head >= n {
			clear(h.b)
		} else {
			for i := h.head + 1; i <= abs; i++ {
				h.b[i%n] = bucket{}
			}
		}
		h.head = abs
	case abs <= h.head-n:
		return
	}
	if h.first == 0 || abs < h.first {
		h.first = abs
	}
	s := &h.b[abs%n]
	s.sum += v
	s.n++
}

// Reset forgets everything, keeping the storage.
func (h *Hist) Reset() {
	clear(h.b)
	h.head, h.first = 0, 0
}

// Means resamples the window ending at now into cells points, oldest
// first: each cell is the mean of its buckets, NaN where none had a value
// (a gap, not a zero). dst's storage is reused.
func (h *Hist) Means(w Window, now time.Time, cells int, dst []float64) []float64 {
	return h.read(w, now, cells, dst, true)
}

// Sums is Means with the sum of each cell: counts per cell for event
// histories, 0 where nothing happened, NaN (a gap) for a cell wholly
// before the first point ever added (nothing was watched then) or with a
// bucket the ring no longer holds (a partial count is not a low one).
func (h *Hist) Sums(w Window, now time.Time, cells int, dst []float64) []float64 {
	return h.read(w, now, cells, dst, false)
}

func (h *Hist) read(w Window, now time.Time, cells int, dst []float64, mean bool) []float64 {
	n := int64(len(h.b))
	cells = min(max(cells, 0), int(n))
	dst = dst[:0]
	first := w.index(now) - n + 1
	for c := range cells {
		lo, hi := int64(c)*n/int64(cells), int64(c+1)*n/int64(cells)
		var sum float64
		var cnt uint32
		gone := false // a bucket of the cell, watched, that the ring no longer holds
		for i := first + lo; i < first+hi; i++ {
			if i <= h.head && i > h.head-n {
				sum += h.b[i%n].sum
				cnt += h.b[i%n].n
			} else if i <= h.head-n && h.first != 0 && i >= h.first {
				gone = true
			}
		}
		switch {
		case !mean && (h.first == 0 || first+hi-1 < h.first || gone):
			// nothing watched then, or a count the ring has dropped
			// (read up to Window.Whole while the current bucket holds a
			// record): a gap, never a zero (ut36a-24)
			dst = append(dst, math.NaN())
		case !mean:
			dst = append(dst, sum)
		case cnt == 0:
			dst = append(dst, math.NaN())
		default:
			dst = append(dst, sum/float64(cnt))
		}
	}
	return dst
}

// Seen is how many buckets of the window ending at now a chart of h
// spans: from the oldest point ever added to now's bucket, or to the one
// before it while now's has none (a sparkline then ends there), at most
// the window; 0 before any point.
func (h *Hist) Seen(w Window, now time.Time) int {
	if h.first == 0 || len(h.b) == 0 {
		return 0
	}
	end := w.index(now)
	if h.head < end {
		end--
	}
	return int(min(max(end-h.first+1, 0), int64(len(h.b))))
}

// Last is the sum of the newest whole buckets covering d before now's
// bucket: "logins in the last minute" without the partial current bucket.
func (h *Hist) Last(w Window, now time.Time, d time.Duration) float64 {
	n := int64(len(h.b))
	k := min(max(int64(d/w.Bucket), 1), n-1)
	cur := w.index(now)
	var sum float64
	for i := cur - k; i < cur; i++ {
		if i <= h.head && i > h.head-n {
			sum += h.b[i%n].sum
		}
	}
	return sum
}

// foldTime is when a record counts in history: its own timestamp, or now
// when it has none or claims to come from the future (a skewed producer
// clock must not push every other record out of the window).
func foldTime(t, now time.Time) time.Time {
	if t.IsZero() || t.After(now) {
		return now
	}
	return t
}
