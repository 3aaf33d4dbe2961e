package ui

import (
	"slices"
	"strings"

	"github.com/washboard/washboard/model"
	"github.com/washboard/washboard/ui/draw"
)

// namesApart is where a list's names are cut so that different names
// read differently, judged over the whole list (never the page), as the
// Log cuts keys and Machines ids (apartCut): the fewest cells that tell
// every two names apart, and the cut's shift (fitCut). Groups named
// …-number-10-of-a-long-series … -21-… all read
// `wb22a-many-gro…of-a-long-series` cut in the middle (ut22a M4); cut
// where they differ they read `wb2…-10-of-a-long-series`.
//
// A shift that tells names apart at w cells tells them apart at any
// width above: the head and tail fitCut keeps only grow. So one judgment
// per list serves every width the table gives the names. It is kept
// until the list's names change (judge), since it costs a search over
// every name.
type namesApart struct {
	names []string // the names last judged, in the list's order
	least int      // the width the judgment started from
	floor int      // the narrowest width judged (judgeFrom), at most least
	// w is the fewest cells (from least) in which the names read apart,
	// 0 when no width up to the longest name does (then the middle);
	// shift is fitCut's at w.
	w, shift int
	// lo and hi are the first and last cells at which two names of the
	// list first differ (sorted, each name against the next): a window
	// of the names holding cells lo to hi tells them all apart where
	// fewer than w cells do not (windowCut).
	lo, hi int
	// nw and nshift are the fewest cells below least (from the floor
	// judgeFrom was given) in which the names read apart, and fitCut's
	// shift there: a box that cuts names under least (the 80x24 grid's
	// Partitions, 11 cells) keeps the cells where they differ, the head
	// shortened first (ut28a U13: 60 `settlement-…-cohort-1NN-ut29`
	// groups all read `settl…-ut29`). 0 when none does.
	nw, nshift int
	// ends is what each name shares with the others at its start and
	// end (shareEnds), for the names no one cut tells apart (ownCut);
	// a new map each judgment, never written after, so frames share it.
	ends map[string]nameEnds
}

// judge settles where names are cut, from least cells up; a list of the
// same names as last time costs a comparison. Names no wider than least
// are never cut and are left out of the search (a cut name has an
// ellipsis, so it never reads as a whole one).
func (a *namesApart) judge(names []string, least int) {
	a.judgeFrom(names, least, least)
}

// judgeFrom is judge, and where a box cuts the names under least (down
// to floor cells) the narrowest cut from floor that still tells them
// apart (nw, nshift).
func (a *namesApart) judgeFrom(names []string, least, floor int) {
	floor = min(max(floor, 7), least) // fitCut keeps three cells at each end
	if a.least == least && a.floor == floor && slices.Equal(a.names, names) {
		return
	}
	a.names, a.least, a.floor = append(a.names[:0], names...), least, floor
	items, most := make([]cutItem, 0, len(names)), 0
	for _, n := range names {
		if nw := draw.Width(n); nw > floor {
			items, most = append(items, cutItem{text: n}), max(most, nw)
		}
	}
	a.w, a.shift, a.lo, a.hi, a.nw, a.nshift, a.ends = 0, 0, 0, -1, 0, 0, nil
	if len(items) < 2 {
		return
	}
	items = distinctItems(items)
	a.ends = shareEnds(items)
	var bound int
	a.lo, a.hi, bound = differAt(items)
	wide := items // the names cut at least and wider
	if floor < least {
		wide = slices.DeleteFunc(slices.Clone(items), func(it cutItem) bool { return draw.Width(it.text) <= least })
	}
	if len(wide) >= 2 {
		if w, shift, ok := apartSearch(wide, least, bound, most); ok {
			a.w, a.shift = w, shift
		}
	}
	if floor < least && (a.w == 0 || a.w > floor) {
		if w, shift, ok := apartSearch(items, floor, bound, min(least-1, most)); ok && (a.w == 0 || w < a.w) {
			a.nw, a.nshift = w, shift
		}
	}
}

// min is the least cells the names should be given, the apart width
// when there is one, else least; extra cells (an indent, a gutter) added.
func (a *namesApart) min(least, extra int) int {
	return max(least, a.w) + extra
}

// cut fits name in w cells, cut where the list's names differ: with one
// ellipsis (fitCut) when w holds the apart width, else, when the cells
// where names differ fit, as a window on them between two (windowCut:
// at 80x24 a Partitions group row has 17 cells, and
// …-number-10-of-a-long-series needs 19 at its end), else each name
// where it differs from the others (ownCut).
// The way of cutting is chosen for least cells (the narrowest a row of
// the column gives its name), so rows that indent a name less cut it the
// same way, with a cell more.
func (a *namesApart) cut(name string, w, least int) string {
	nw := draw.Width(name)
	switch {
	case nw <= w:
		return name
	case a.w > 0 && least >= a.w, a.hi < a.lo:
		return fitCut(name, w, a.shift)
	case a.nw > 0 && least >= a.nw: // under least, still where they differ (ut28a U13)
		return fitCut(name, w, a.nshift)
	case a.hi-a.lo+1 <= least-2 && least >= 5: // a window needs no 3-cell ends
		return windowCut(name, nw, w, a.lo, a.hi)
	case least < 7:
		return fitCut(name, w, a.shift)
	}
	return a.ownCut(name, nw, w, least) // no one cut serves the list here: each name where it differs (ut31 Y12)
}

// windowCut is name (nw cells) in w cells as a window holding cells lo
// to hi, centred on them, between ellipses (one where the window
// reaches an end of the name). Every name of a list is cut at the same
// cells, so the columns read alike row to row.
func windowCut(name string, nw, w, lo, hi int) string {
	k := w - 2 // the window, two ellipses aside
	start := max(lo-(k-(hi-lo+1))/2, 0)
	if start <= 1 { // from the name's start: one ellipsis, at the end
		return draw.Truncate(name, w-1, "") + model.Ellipsis
	}
	if start+k >= nw-1 { // to the name's end
		return model.Ellipsis + draw.TruncateLeft(name, nw-(w-1), "")
	}
	out := model.Ellipsis + draw.Cut(name, start, start+k) + model.Ellipsis
	if ow := draw.Width(out); ow < w { // a wide rune did not split evenly
		out += strings.Repeat(" ", w-ow)
	}
	return out
}

// differAt is the first and last cell at which two of items' names,
// next to each other in sorted order, first differ: the cells between
// hold where every two names of the list differ (two names' first
// difference is the least of those of the names sorted between them).
// bound is a width below which no one cut tells those neighbours apart,
// as leastApart judges every two names, over neighbours only: n log n
// for a list of thousands, where every two cost 1.6 s for 2,000 names.
func differAt(items []cutItem) (lo, hi, bound int) {
	names := make([]string, len(items))
	for i, it := range items {
		names[i] = it.text
	}
	slices.Sort(names)
	lo, hi = -1, -1
	for i := 1; i < len(names); i++ {
		a, b := names[i-1], names[i]
		if a == b {
			continue
		}
		p, q := 0, 0
		for p < len(a) && p < len(b) && a[p] == b[p] {
			p++
		}
		for q < len(a)-p && q < len(b)-p && a[len(a)-1-q] == b[len(b)-1-q] {
			q++
		}
		bound = max(bound, min(min(p, q)+5, min(len(a), len(b))))
		at := draw.Width(a[:p])
		if lo < 0 || at < lo {
			lo = at
		}
		hi = max(hi, at)
	}
	if lo < 0 {
		return 0, -1, 0
	}
	return lo, hi, bound
}

// cutOnly is a's cut without the names it judged, for a frame to keep
// (the names' slice is reused by the next judgment).
func (a *namesApart) cutOnly() namesApart {
	return namesApart{w: a.w, shift: a.shift, lo: a.lo, hi: a.hi, nw: a.nw, nshift: a.nshift, ends: a.ends}
}

// cutApart cuts column col of rows (plain names, every row of a short
// list such as one topic's groups) to w cells where the names differ,
// judged over rows.
func cutApart(rows [][]string, col, w int) {
	names := make([]string, 0, len(rows))
	for _, r := range rows {
		if col < len(r) {
			names = append(names, r[col])
		}
	}
	var a namesApart
	a.judge(names, min(w, groupNameMin))
	for _, r := range rows {
		if col < len(r) {
			r[col] = a.cut(r[col], w, w)
		}
	}
}
