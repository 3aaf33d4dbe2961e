package ui

import (
	"math"
	"time"

	"github.com/washboard/washboard/model"
)

// chartSpans are the round lengths a detail chart's time axis spans
// while less than the window has data: the shortest that holds it.
var chartSpans = []time.Duration{time.Minute, 2 * time.Minute, 3 * time.Minute, 5 * time.Minute,
	10 * time.Minute, 15 * time.Minute, 30 * time.Minute, time.Hour, 2 * time.Hour, 6 * time.Hour, 12 * time.Hour}

// dataWindow is the part of win the detail's charts span: from the
// oldest bucket with a value in any of hist (one point per bucket of win,
// oldest first, NaN where none) to now, rounded up to a chartSpans
// length, at most win, so a chart a minute after the machine was first
// seen is not three quarters blank history before it (ut41-15: every
// axis spanned 5 minutes, the data its last minute). Every chart of the
// detail takes the same span, so their time ticks line up; it steps to
// the next round length as the data grows, not every bucket.
func dataWindow(hist [][]float64, win model.Window) model.Window {
	oldest := 0 // buckets from the oldest with a value to now
	for _, h := range hist {
		for i, v := range h {
			if !math.IsNaN(v) {
				oldest = max(oldest, len(h)-i)
				break
			}
		}
	}
	if oldest == 0 || oldest >= win.N || win.Bucket <= 0 {
		return win
	}
	for _, s := range chartSpans {
		if n := int(s / win.Bucket); n >= max(oldest, 2) {
			return model.Window{Bucket: win.Bucket, N: min(n, win.N)}
		}
	}
	return win
}

// newest is the last n points of h (all of them when it has fewer).
func newest(h []float64, n int) []float64 { return h[max(len(h)-n, 0):] }

// stretched is h drawn over w cells when it has fewer points: cell c
// holds the point its place in time falls in, so each point takes
// w/len(h) cells (give or take one) and the newest ends at the right;
// h itself when it has w points or more.
func stretched(h []float64, w int) []float64 {
	if len(h) == 0 || len(h) >= w {
		return h
	}
	out := make([]float64, w)
	for c := range out {
		out[c] = h[c*len(h)/w]
	}
	return out
}

// drawnCells is how many of the newest w cells of h hold history,
// counted from its oldest with a value; 0 for none. The most of it over
// a column's sparklines is the span the column draws, which its heading
// says (ut42a-3: `rate · 175s` over 57 s of data).
func drawnCells(h []float64, w int) int {
	h = h[max(len(h)-w, 0):]
	for i, v := range h {
		if !math.IsNaN(v) {
			return len(h) - i
		}
	}
	return 0
}
