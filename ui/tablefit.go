package ui

import (
	"strconv"
	"strings"
	"time"

	"github.com/charmbracelet/x/ansi"

	"github.com/washboard/washboard/ui/draw"
)

// colMemo is what a table's columns have shown since its layout last
// changed (the pane's width, zoom or reasons, the filter): the widest
// cell of each column, how many rows of one frame had something in it,
// and whether two rows differed. A table sized from it keeps its columns
// as the numbers change with every poll and as rows scroll by: a column
// that once needed 4 cells keeps them, one that had data is not taken
// for blank again, one whose rows differed is not taken for "the same on
// every row" again, so columns are not dropped and brought back a poll
// later. Names are not remembered: they are sized to the rows on screen,
// so a long name scrolled past does not pad the short ones.
//
// The memory does not outlive what it was for (ut15b C9: a lag of 1,824
// kept its 5 cells after the cluster was replaced and lags were 2
// digits, cutting a name): what no row has needed for memoKeep (a wider
// width, data in a column, rows that differed) is forgotten.
//
// It is written after the frame's snapshot (afterSnapshot), never while
// drawing.
type colMemo struct {
	key   string
	width []int
	most  []int // the most rows of one frame that showed something in the column
	rows  int   // the most rows of one frame
	diff  []bool
	first []string
	// when each column last needed what is remembered: its width, its
	// rows with something, its rows that differed.
	wideAt, shownAt, diffAt []time.Time
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
		*m = colMemo{key: key, width: make([]int, n), most: make([]int, n), diff: make([]bool, n), first: make([]string, n),
			wideAt: make([]time.Time, n), shownAt: make([]time.Time, n), diffAt: make([]time.Time, n)}
	}
	shown, wide := make([]int, n), make([]int, n) // this frame's rows with something in the column, widest cell
	differ := make([]bool, n)
	for _, r := range rows {
		for i, c := range r {
			if i >= n {
				break
			}
			wide[i] = max(wide[i], ansi.StringWidth(c))
			t := strings.TrimSpace(ansi.Strip(c))
			if t == "" || t == "-" {
				continue
			}
			shown[i]++
			if m.first[i] == "" {
				m.first[i] = t
			}
			differ[i] = differ[i] || t != m.first[i]
		}
	}
	old := func(at time.Time) bool { return now.Sub(at) > memoKeep }
	if len(rows) >= m.rows {
		m.rows = len(rows)
	}
	for i := range n {
		if wide[i] >= m.width[i] || old(m.wideAt[i]) {
			m.width[i], m.wideAt[i] = wide[i], now
		}
		if shown[i] >= m.most[i] || old(m.shownAt[i]) {
			m.most[i], m.shownAt[i] = shown[i], now
		}
		if differ[i] || old(m.diffAt[i]) {
			m.diff[i] = differ[i]
			if differ[i] {
				m.diffAt[i] = now
			}
		}
	}
}

// cols is the table's columns for draw.FitTable: each wants the widest
// cell on screen, or the widest it has shown since the layout changed
// (the name: on screen only); blank while no row has had anything in it;
// the same on every row while two rows have shown it and none differed,
// or nearly nothing: something on fewer than one row in sparseRows of a
// page of at least sparseRows (ut15b C5: an assignor on 1 of 32 groups).
// Titles, drop order and the rest are the caller's to set. A memory of
// another layout than key is not used.
func (m *colMemo) cols(key string, titles []string, rows [][]string) []draw.Col {
	if m.key != key { // noted for another layout: nothing to go by
		m = &colMemo{}
	}
	cols := make([]draw.Col, len(titles))
	blank, same := draw.Blank(rows, len(titles)), draw.Same(rows, len(titles))
	shown := draw.Shown(rows, len(titles))
	for i, t := range titles {
		cols[i] = draw.Col{Title: t, Want: longest(rows, i), Blank: blank[i], Same: same[i]}
		if i < len(m.width) && i > 0 {
			cols[i].Want = max(cols[i].Want, m.width[i])
			cols[i].Blank = blank[i] && m.most[i] == 0
			cols[i].Same = same[i] && !m.diff[i]
		}
		most, page := shown[i], len(rows)
		if i < len(m.most) {
			most, page = max(most, m.most[i]), max(page, m.rows)
		}
		if page >= sparseRows && most > 0 && most*sparseRows < page {
			cols[i].Same = true
		}
	}
	return cols
}

// sparseRows: a column with something on fewer than one row in this
// many says nearly nothing, and gives way before a name is cut.
const sparseRows = 8

// layoutKey names a table's layout for colMemo: its width, whether it is
// zoomed (wide), whether it shows health reasons, and the filter.
func layoutKey(w int, wide, reasons bool, filter string) string {
	return itoa(w) + " " + strconv.FormatBool(wide) + " " + strconv.FormatBool(reasons) + " " + filter
}
