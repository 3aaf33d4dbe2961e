package ui

import (
	"math"
	"strings"
	"time"

	"github.com/washboard/washboard/model"
	"github.com/washboard/washboard/ui/draw"
)

// trendScale judges the Topics trend column over every topic the internal
// toggle shows, the filter aside: whether any topic has a whole bucket or
// a rate above zero to draw (else the column has nothing to show yet), and the column's shared
// top for each width w in 1..topicHist cells, the highest of every topic's
// newest w samples (NaN gaps skipped), so a steady 14/s is a full bar and
// a steady 5/s a lower one whatever the page or the filter shows.
func trendScale(rows []topicLine, internal bool) (trend bool, tops [topicHist + 1]float64, span int) {
	for _, r := range rows {
		if r.internal && !internal {
			continue
		}
		span = max(span, min(len(r.hist), topicHist))
		hi := 0.0
		for w := 1; w <= topicHist && w <= len(r.hist); w++ {
			if v := r.hist[len(r.hist)-w]; !math.IsNaN(v) {
				hi = max(hi, v)
				trend = true // a whole bucket, zero or not: `▁` is a zero
			}
			tops[w] = max(tops[w], hi)
		}
		// A topic with a rate has a trend once its first bucket is whole:
		// the column is there from the first frame, not 10 s in, re-laying
		// the table out while it is read (ut33 Q3).
		trend = trend || (r.rate > 0 && !r.rateUnknown)
		for w := len(r.hist) + 1; w <= topicHist; w++ {
			tops[w] = max(tops[w], hi)
		}
	}
	return trend, tops, span
}

// trendHeading is the trend column's heading when it is w cells wide
// and span buckets of history are drawn in it: the span its drawn cells
// show (one model.TrendBucket each, `trend 4m` for 24 cells) where it
// fits, else title as fitted. Cells with no history yet are not counted
// (ut41-11: `trend 430s` over 15 cells drawn).
func trendHeading(title string, w, span int) string {
	drawn := min(w, topicHist, span)
	if drawn <= 0 || !strings.HasPrefix(title, "trend") {
		return title
	}
	said := "trend " + shortDur(model.TrendBucket*time.Duration(drawn))
	if full := min(w, topicHist); drawn < full {
		// Cells the history has not reached yet stand blank on the left:
		// the heading over them says they fill, and to what span, so a
		// young trend in a wide column does not read as 40 blank cells
		// between the rate and the health (ut43b-8).
		to := shortDur(model.TrendBucket * time.Duration(full))
		for _, h := range []string{said + ", fills to " + to + " as polls come", said + ", fills to " + to} {
			if draw.Width(h) <= w {
				return h
			}
		}
	}
	if len(said) <= w {
		return said
	}
	return title
}

// topicRateSpan is the rate column's heading where it says the span its
// rates are measured over (model.RateSpan): `rate 30s`, a cell kept for
// the sort's ▼ after it.
const topicRateSpan = "rate 30s"

// rateSpanHeading heads the rate column (4) `rate 30s` (ut35-20: a rate
// one can check says what it is over) where the fitted row leaves the
// cells, taken from the blank end of the row after every column had its
// share, so it never costs a column or a name a cell; else `rate`, the
// same column. Widths are the fitted ones, total the row's width.
func rateSpanHeading(titles []string, widths []int, total int) {
	if len(widths) < 5 || widths[4] <= 0 {
		return
	}
	used := -1
	for _, w := range widths {
		if w > 0 {
			used += w + 1
		}
	}
	need := len(topicRateSpan) + 1 - widths[4] // the ▼'s cell
	if need <= 0 || total-used >= need {
		widths[4] += max(need, 0)
		titles[4] = topicRateSpan + strings.TrimPrefix(titles[4], "rate")
	}
}
