package ui

import (
	"strings"

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
// as it was or as its content now needs (need: the figures' widest), the growing column giving the
// cells; fresh (the fit chosen afresh) where nothing is held for key
// and cols' shape, or the held layout no longer fits.
func (h *fitHold) apply(key string, total int, cols []draw.Col, need []int, fresh draw.Fitted) draw.Fitted {
	if h == nil || h.key != key || len(h.f.Widths) != len(cols) {
		return fresh
	}
	held, ok := h.held(total, cols, need)
	switch {
	case !ok, lacksKept(h.f, cols):
		return fresh
	case h.shape == holdShape(cols) || drops(h.f, fresh, cols): // a column that gains content stays out rather than one shown go (ut41-12)
		return held
	}
	return fresh
}

// lacksKept is whether held leaves out a column that never goes (Drop
// 0: lag, health) and now has something to show: a group that starts
// reading a topic brings its columns in at once (ut42b-24: the 80x24 grid
// held the layout chosen with no group, so the new group's row read only
// its rate beside Groups' lag 32 until a zoom fitted afresh).
func lacksKept(held draw.Fitted, cols []draw.Col) bool {
	for i, c := range cols {
		if held.Widths[i] == 0 && c.Drop == 0 && !c.Name && !c.Blank && !c.Spare && c.Title != "" {
			return true
		}
	}
	return false
}

// drops is whether fresh leaves out a column that held shows and that
// still has something to show (not spare, blank or left out).
func drops(held, fresh draw.Fitted, cols []draw.Col) bool {
	for i := range cols {
		if held.Widths[i] > 0 && fresh.Widths[i] == 0 && !cols[i].Spare && !cols[i].Blank && cols[i].Title != "" { // one with nothing to show goes
			return true
		}
	}
	return false
}

// held is the held layout for cols in total cells, and whether it fits.
func (h *fitHold) held(total int, cols []draw.Col, need []int) (draw.Fitted, bool) {
	w := append([]int(nil), h.f.Widths...)
	grow := -1
	for i, c := range cols {
		switch {
		case w[i] == 0:
		case c.Grow > 0:
			grow = i
		case !c.Name:
			w[i] = max(w[i], needOf(need, i, c), draw.Width(h.f.Titles[i]))
		}
	}
	if over := draw.RowWidth(w) - total; over > 0 && grow >= 0 {
		w[grow] = max(w[grow]-over, min(w[grow], max(cols[grow].Want, draw.Width(h.f.Titles[grow]))))
	}
	for _, i := range spareOrder(cols) { // then a spare column goes, as a fresh fit would let it, the other headings kept
		if draw.RowWidth(w) > total && w[i] > 0 {
			w[i] = 0
		}
	}
	titles := append([]string(nil), h.f.Titles...)
	cutHeldName(w, titles, cols, draw.RowWidth(w)-total)
	if draw.RowWidth(w) > total {
		return draw.Fitted{}, false
	}
	for i, c := range cols { // room left: a name that got longer, then the history, as a fresh fit gives it
		if w[i] > 0 && c.Name && w[i] < c.Want {
			w[i] += min(total-draw.RowWidth(w), c.Want-w[i])
		}
	}
	if grow >= 0 && !cols[grow].Blank && w[grow] < cols[grow].Grow {
		w[grow] += max(min(total-draw.RowWidth(w), cols[grow].Grow-w[grow]), 0)
	}
	return draw.Fitted{Widths: w, Titles: titles}, true
}

// cutHeldName cuts the name column of a held layout w by over cells, to
// no less than heldNameLeast, so a figure that gains a digit takes its
// cell from the names rather than a column shown going (ut41-12: the
// rate left the 80x24 grid when a lag reached 1,000, while lag and
// health kept blank cells); the name's heading in titles takes a short
// form that fits.
func cutHeldName(w []int, titles []string, cols []draw.Col, over int) {
	name := -1
	for i, c := range cols {
		if c.Name && w[i] > 0 {
			name = i
			break
		}
	}
	if over <= 0 || name < 0 {
		return
	}
	w[name] = max(w[name]-over, min(w[name], heldNameLeast(w, cols[name], cols)))
	if draw.Width(titles[name]) <= w[name] {
		return
	}
	for _, t := range cols[name].Shorts {
		if titles[name] = t; draw.Width(t) <= w[name] {
			return
		}
	}
}

// heldNameLeast is the least a held layout cuts its name column to: as
// far as a fresh fit cuts it to keep a column shown (draw.Col.NameMin),
// less the cells partNameLeast leaves a group's name below
// partNameMin, and never under the name's shortest heading.
func heldNameLeast(w []int, name draw.Col, cols []draw.Col) int {
	least := name.Min
	for i, c := range cols {
		if c.NameMin > 0 && w[i] > 0 {
			least = min(least, c.NameMin)
		}
	}
	return max(least-(partNameMin-partNameLeast), draw.Width(shortest0(name)))
}

// needOf is the cells column i's figures take (need), or its Want where
// need does not say: a held layout widens a column for a figure that
// gained a digit, never for cells held against the next one (ut41-12: a
// lag of 1,020 took 7 cells and the rate went).
func needOf(need []int, i int, c draw.Col) int {
	if i < len(need) && need[i] > 0 {
		return min(need[i], c.Want)
	}
	return c.Want
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
