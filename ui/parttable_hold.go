package ui

import (
	"strings"

	"github.com/charmbracelet/x/ansi"

	"github.com/washboard/washboard/ui/draw"
)

// fitHold is the layout Partitions last chose at a box width: each
// column's width and heading. While the box keeps its width and the same
// columns have something to show, the next frames keep it, a figure
// that gains a digit widening its own column by the cells it needs
// (taken from the lag history, or the blank cells at the rows' end)
// rather than the table being fitted afresh: a fresh fit re-judged every
// heading's form and the names' cut from the new figures (ut38a-28: at
// 200x50 `partition/group` became `part/group`, the name's cut moved and
// commit and lag shifted a cell, twice within 15 s, as offsets grew).
// A resize, or a column that gains or loses its content, chooses again.
//
// It is written after the frame's snapshot (afterSnapshot), never while
// drawing.
type fitHold struct {
	key   string // the layout the widths are for (layoutKey)
	shape string // which columns had something to show (holdShape)
	f     draw.Fitted
}

// holdShape is which of cols can show anything: one letter a column,
// for whether it is blank, tells no row apart or is left out of the
// layout (no title). A change of it is a change of content a fit must
// judge afresh.
func holdShape(cols []draw.Col) string {
	var b strings.Builder
	for _, c := range cols {
		switch {
		case c.Title == "":
			b.WriteByte('-')
		case c.Blank:
			b.WriteByte('b')
		case c.Same:
			b.WriteByte('s')
		default:
			b.WriteByte('x')
		}
	}
	return b.String()
}

// apply is the held layout for cols in total cells, each column as wide
// as it was or as its content now needs, the growing column giving the
// cells; fresh (the fit chosen afresh) where nothing is held for key
// and cols' shape, or the held layout no longer fits.
func (h *fitHold) apply(key string, total int, cols []draw.Col, fresh draw.Fitted) draw.Fitted {
	if h == nil || h.key != key || h.shape != holdShape(cols) || len(h.f.Widths) != len(cols) {
		return fresh
	}
	w := append([]int(nil), h.f.Widths...)
	grow := -1
	for i, c := range cols {
		switch {
		case w[i] == 0:
		case c.Grow > 0:
			grow = i
		case !c.Name:
			w[i] = max(w[i], c.Want, ansi.StringWidth(h.f.Titles[i]))
		}
	}
	if over := draw.RowWidth(w) - total; over > 0 && grow >= 0 {
		w[grow] = max(w[grow]-over, min(w[grow], max(cols[grow].Want, ansi.StringWidth(h.f.Titles[grow]))))
	}
	for _, i := range spareOrder(cols) { // then a spare column goes, as a fresh fit would let it, the other headings kept
		if draw.RowWidth(w) > total && w[i] > 0 {
			w[i] = 0
		}
	}
	if draw.RowWidth(w) > total {
		return fresh
	}
	for i, c := range cols { // room left: a name that got longer, then the history, as a fresh fit gives it
		if w[i] > 0 && c.Name && w[i] < c.Want {
			w[i] += min(total-draw.RowWidth(w), c.Want-w[i])
		}
	}
	if grow >= 0 && !cols[grow].Blank && w[grow] < cols[grow].Grow {
		w[grow] += max(min(total-draw.RowWidth(w), cols[grow].Grow-w[grow]), 0)
	}
	return draw.Fitted{Widths: w, Titles: append([]string(nil), h.f.Titles...)}
}

// spareOrder is cols' spare columns (draw.Col.Spare), the first to go
// first.
func spareOrder(cols []draw.Col) []int {
	var idx []int
	for rank := 1; rank <= len(cols); rank++ {
		for i, c := range cols {
			if c.Spare && c.Drop == rank {
				idx = append(idx, i)
			}
		}
	}
	return idx
}

// note holds f, fitted to cols for key.
func (h *fitHold) note(key string, cols []draw.Col, f draw.Fitted) {
	*h = fitHold{key: key, shape: holdShape(cols), f: draw.Fitted{Widths: append([]int(nil), f.Widths...), Titles: append([]string(nil), f.Titles...)}}
}
