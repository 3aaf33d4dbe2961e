package ui

import "github.com/washboard/washboard/model"

// lagSpan is what a lag sparkline column spans: the configured [lag]
// history in polls and the poll the newest sample is from (the polls so
// far). Copied under the frame's lock; the zero value draws one cell a
// poll.
//
// A column w cells wide draws cells of a fixed span, the configured
// history over its cells (per), aligned to poll numbers, the newest at
// the right and the cells before the first poll empty, as Topics' trend
// does: nothing rescales while the column keeps its width (ut34a-14,
// ut35-7: the cells were as many polls as fit the polls so far, so the
// scale changed every w polls while the history filled, the sparkline
// flipping between k and k+1 cells and its bars shifting).
type lagSpan struct {
	history int
	newest  uint64
	// room, where more than 0, is the most cells a sparkline is drawn in
	// (and so the span of its cells): side by side, the narrowest room
	// of the shown columns, so every column's cells span the same polls
	// (sparksAligned, ut39-17).
	room int
}

// spanOf is st's lag span (the zero span without lag state).
func spanOf(st *model.State) lagSpan {
	if st.Lag == nil {
		return lagSpan{}
	}
	return lagSpan{history: st.Lag.Config().History, newest: st.Lag.Polls()}
}

// max is the widest a lag sparkline column grows: the cells the
// whole history takes at one cell a poll (ut22a M11: it stopped at 40
// cells, 40 polls of a 10-minute history, with cells free beside it).
func (s lagSpan) max() int { return max(s.history, 8) }

// per is the polls one cell of a sparkline w cells wide covers: the
// configured history over the cells, so the whole history fits them and
// the span of a cell holds while the column is w wide (never the polls so
// far: the scale would change as they grow).
func (s lagSpan) per(w int) int {
	w = max(w, 1)
	return max((max(s.history, 1)+w-1)/w, 1)
}

// cells draws vals, a lag history in buckets of step polls (oldest
// first, the newest holding poll s.newest), in cells of per polls, each
// the highest lag of the buckets whose polls fall in it, aligned to
// poll numbers (cell c holds polls c*per to (c+1)*per-1) so the cells do
// not shift as polls come; at most the newest w cells. A bucket of more
// polls than a cell (a partition's 8-poll buckets in cells of 6) is drawn
// over every cell its polls fall in, so the history takes the cells the
// column has, as a group's per-poll history does (ut22b: 75 of 106 cells
// at 200 columns, the cells rounded up to whole buckets).
func (s lagSpan) cells(vals []int64, step, per, w int) []int64 {
	step, per = max(step, 1), max(per, 1)
	if per == step || s.newest == 0 {
		return vals[max(len(vals)-w, 0):]
	}
	out := make([]int64, 0, min(len(vals)*max(step/per, 1)+1, w+1))
	newestKey := s.newest / uint64(step)
	var cell uint64
	for i, v := range vals {
		back := uint64(len(vals) - 1 - i)
		if back > newestKey {
			continue // older than poll 0: not a bucket of this history
		}
		key := newestKey - back
		first, last := key*uint64(step)/uint64(per), min(key*uint64(step)+uint64(step)-1, s.newest)/uint64(per)
		for c := first; c <= last; c++ {
			if len(out) > 0 && c == cell {
				out[len(out)-1] = max(out[len(out)-1], v)
				continue
			}
			out, cell = append(out, v), c
		}
	}
	return out[max(len(out)-w, 0):]
}
