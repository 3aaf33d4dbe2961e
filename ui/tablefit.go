package ui

import (
	"strconv"
	"time"

	"github.com/washboard/washboard/ui/draw"
)

// colMemo is what a table's columns have shown since its layout last
// changed (the pane's width or zoom, the filter): the widest
// cell of each column and whether any row had something in it. A table
// sized from it keeps its columns as the numbers change with every poll
// and as rows scroll by: a column that once needed 4 cells keeps them,
// one that had data is not taken for blank again, so columns are not
// dropped and brought back a poll later. Names are not remembered: each
// pane sizes them (to the rows on screen, or the whole list). Whether a
// column tells the rows apart is judged by each pane over its whole list
// (plainCols), never from the page.
//
// The memory does not outlive what it was for (ut15b C9: a lag of 1,824
// kept its 5 cells after the cluster was replaced and lags were 2
// digits, cutting a name): a wider width, or data in a column, that no
// row has needed for memoKeep is forgotten.
//
// It is written after the frame's snapshot (afterSnapshot), never while
// drawing.
type colMemo struct {
	key   string
	width []int
	most  []int // the most rows of one frame that showed something in the column
	// when each column last needed what is remembered: its width, its
	// rows with something.
	wideAt, shownAt []time.Time
}

// memoKeep is how long a column's memory outlives the rows that needed
// it: long enough for rows scrolled by and numbers that shrink for a few
// polls, short enough that a cluster replaced, or a lag drained, gives
// its cells back within a minute.
const memoKeep = time.Minute

// note adds rows to the memory at now, forgetting it first when key (the
// layout the widths are for) changed, and forgetting what no row has
// needed for memoKeep.
func (m *colMemo) note(key string, n int, rows [][]string, now time.Time) {
	if m.key != key || len(m.width) != n {
		*m = colMemo{key: key, width: make([]int, n), most: make([]int, n), wideAt: make([]time.Time, n), shownAt: make([]time.Time, n)}
	}
	wide, shown := make([]int, n), draw.Shown(rows, n) // this frame's widest cell, rows with something
	for _, r := range rows {
		for i, c := range r {
			if i < n {
				wide[i] = max(wide[i], draw.Width(c))
			}
		}
	}
	old := func(at time.Time) bool { return now.Sub(at) > memoKeep }
	for i := range n {
		if wide[i] >= m.width[i] || old(m.wideAt[i]) {
			m.width[i], m.wideAt[i] = wide[i], now
		}
		if shown[i] >= m.most[i] || old(m.shownAt[i]) {
			m.most[i], m.shownAt[i] = shown[i], now
		}
	}
}

// cols is the table's columns for draw.FitTable: each wants the widest
// cell on screen, or the widest it has shown since the layout changed
// (the name: on screen only); blank while no row has had anything in it.
// Titles, drop order, Same and the rest are the caller's to set. A
// memory of another layout than key is not used.
func (m *colMemo) cols(key string, titles []string, rows [][]string) []draw.Col {
	if m.key != key { // noted for another layout: nothing to go by
		m = &colMemo{}
	}
	cols := make([]draw.Col, len(titles))
	blank := draw.Blank(rows, len(titles))
	for i, t := range titles {
		cols[i] = draw.Col{Title: t, Want: longest(rows, i), Blank: blank[i]}
		if i < len(m.width) && i > 0 {
			cols[i].Want = max(cols[i].Want, m.width[i])
			cols[i].Blank = blank[i] && m.most[i] == 0
		}
	}
	return cols
}

// plainCols is, per column of rows (every row of a list, not a page),
// whether it tells no row apart: the same on every row that shows
// something (at least two), or on all but fewer than one row in
// sparseRows of sparseRows or more (a generation of 3 on 1 of 18
// groups, 1 on the rest), something on fewer than one row in sparseRows
// of sparseRows or more, or nothing ("-" or blank) on any row. Panes ask it only of their context columns (a type, rf, cleanup
// policy); a column of data (an offset, records, a rate, lag) is data
// when it reads 0 on every row, and is never judged so (ut16a D7, D14).
func plainCols(rows [][]string, n int) []bool {
	same, shown, most := draw.Same(rows, n), draw.Shown(rows, n), draw.Most(rows, n)
	out := make([]bool, n)
	for i := range out {
		out[i] = same[i] || (len(rows) > 0 && shown[i] == 0) || (len(rows) >= sparseRows && shown[i] > 0 && shown[i]*sparseRows < len(rows)) ||
			(len(rows) >= sparseRows && (len(rows)-most[i])*sparseRows < len(rows)) // the same on all but fewer than one in eight (ut18a F16: gen 3 on 1 of 18 groups)
	}
	return out
}

// sparseRows: a column with something on fewer than one row in this
// many says nearly nothing, and gives way before a name is cut.
const sparseRows = 8

// layoutKey names a table's layout for colMemo: its width, whether it is
// zoomed (wide), and the filter. Not whether health reasons show: they
// are written under the rows and the columns stay as they are (ut18a F8:
// `r` forgot the widths, and the name, eta and history moved).
func layoutKey(w int, wide bool, filter string) string {
	return itoa(w) + " " + strconv.FormatBool(wide) + " " + filter
}

// statePlain is whether column col of rows (every row of a list), a
// group's state, tells no group apart: only where every group says the
// same, or none says anything. A state a few groups differ in (an Empty
// group among Stable ones: its consumers are gone) is what an operator
// looks for, so it is not judged by plainCols' one-in-eight rule (ut24a
// P19); Groups and the topic detail's groups table judge it alike (ut28a
// U5: the detail dropped it for 2 Stable groups among 25 Empty).
func statePlain(rows [][]string, col int) bool {
	return draw.Same(rows, col+1)[col] || draw.Shown(rows, col+1)[col] == 0
}
