package ui

import (
	"strconv"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"github.com/washboard/washboard/ui/draw"
)

// colMemo is what a table's columns have shown since its layout last
// changed (the pane's width, zoom or reasons, the filter): the widest
// cell of each column, whether any row had something in it, and whether
// two rows differed. A table sized from it keeps its columns as the
// numbers change with every poll and as rows scroll by: a column that
// once needed 4 cells keeps them, one that had data is not taken for
// blank again, one whose rows differed is not taken for "the same on
// every row" again, so columns are not dropped and brought back a poll
// later. Names are not remembered: they are sized to the rows on screen,
// so a long name scrolled past does not pad the short ones.
//
// It is written after the frame's snapshot (afterSnapshot), never while
// drawing.
type colMemo struct {
	key   string
	width []int
	rows  []int // the most rows of one frame that showed something in the column, up to 2
	diff  []bool
	first []string
}

// note adds rows to the memory, forgetting it first when key (the
// layout the widths are for) changed.
func (m *colMemo) note(key string, n int, rows [][]string) {
	if m.key != key || len(m.width) != n {
		*m = colMemo{key: key, width: make([]int, n), rows: make([]int, n), diff: make([]bool, n), first: make([]string, n)}
	}
	shown := make([]int, n) // rows of this frame with something in the column
	for _, r := range rows {
		for i, c := range r {
			if i >= n {
				break
			}
			m.width[i] = max(m.width[i], ansi.StringWidth(c))
			t := strings.TrimSpace(ansi.Strip(c))
			if t == "" || t == "-" {
				continue
			}
			shown[i]++
			if m.first[i] == "" {
				m.first[i] = t
			}
			m.diff[i] = m.diff[i] || t != m.first[i]
		}
	}
	for i, k := range shown {
		m.rows[i] = max(m.rows[i], min(k, 2))
	}
}

// cols is the table's columns for draw.FitTable: each wants the widest
// cell on screen, or the widest it has shown since the layout changed
// (the name: on screen only); blank while no row has had anything in it;
// the same on every row while two rows have shown it and none differed.
// Titles, drop order and the rest are the caller's to set. A memory of
// another layout than key is not used.
func (m *colMemo) cols(key string, titles []string, rows [][]string) []draw.Col {
	if m.key != key { // noted for another layout: nothing to go by
		m = &colMemo{}
	}
	cols := make([]draw.Col, len(titles))
	blank, same := draw.Blank(rows, len(titles)), draw.Same(rows, len(titles))
	for i, t := range titles {
		cols[i] = draw.Col{Title: t, Want: longest(rows, i), Blank: blank[i], Same: same[i]}
		if i < len(m.width) && i > 0 {
			cols[i].Want = max(cols[i].Want, m.width[i])
			cols[i].Blank = blank[i] && m.rows[i] == 0
			cols[i].Same = same[i] && !m.diff[i]
		}
	}
	return cols
}

// layoutKey names a table's layout for colMemo: its width, whether it is
// zoomed (wide), whether it shows health reasons, and the filter.
func layoutKey(w int, wide, reasons bool, filter string) string {
	return itoa(w) + " " + strconv.FormatBool(wide) + " " + strconv.FormatBool(reasons) + " " + filter
}
