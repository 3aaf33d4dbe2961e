package draw

import (
	"strings"

	"charm.land/bubbles/v2/key"
)

// helpGap is the blank cells between two columns of a help grid.
const helpGap = 3

// HelpGrid is a help view for screens too narrow for help.Model's groups
// side by side: each group in as many columns as fit w cells, filled
// down first, each column's keys styled and fitted to its widest key, so
// the eight pane numbers take two rows at 80 columns, not eight (ut34a-3:
// every row used 20 of 78 cells and help took two pages). A group wider
// than w in one column is one binding a line; the caller wraps.
func HelpGrid(groups [][]key.Binding, keyStyle Renderer, w int) []string {
	var lines []string
	for _, g := range groups {
		var on []key.Binding
		for _, b := range g {
			if b.Enabled() {
				on = append(on, b)
			}
		}
		lines = append(lines, helpGridGroup(on, keyStyle, w)...)
	}
	return lines
}

// helpGridGroup lays one group out in the most columns that fit w.
// In a given number of columns it tries the fewest rows first, then more:
// a long entry that would share a column with another long one fits with
// one more row rather than the whole group going to one column (s20-help:
// Groups' o and O in one column made its 11 keys 11 rows at 80x24).
func helpGridGroup(bs []key.Binding, keyStyle Renderer, w int) []string {
	if cells, rows, cols, ok := helpGridFit(bs, w); ok {
		return helpGridRender(bs, cells, rows, cols, keyStyle)
	}
	if narrow, wide := splitWide(bs, w); len(narrow) > 1 && len(wide) > 0 {
		// One or two long entries (Groups' `o reset offsets: preview, then
		// type its name` beside `pgup/pgdn rebalance log older/newer`) kept
		// every other key one a line, help past 80x24 (ut38b-6): they take
		// a line each under the others' columns, their keys as wide as
		// the first column's above them, so their descriptions start where
		// those do (ut43a-22: `o reset offsets…` read as the global keys'
		// running text under `D   delete group`).
		var lines []string
		first := 0
		if cells, rows, cols, ok := helpGridFit(narrow, w); ok {
			lines, first = helpGridRender(narrow, cells, rows, cols, keyStyle), cells[0].key
		} else {
			lines = helpGridGroup(narrow, keyStyle, w)
		}
		cells, _ := helpGridCells(wide, len(wide), 1, w)
		if fits := first + 1 + cells[0].desc; first > cells[0].key && fits <= w {
			cells[0].key = first
		}
		return append(lines, helpGridRender(wide, cells, len(wide), 1, keyStyle)...)
	}
	cells, _ := helpGridCells(bs, len(bs), 1, w)
	return helpGridRender(bs, cells, len(bs), 1, keyStyle)
}

// helpGridFit is the layout of bs in the most columns that fit w (more
// than one), the fewest rows first in each: its columns' widths, rows and
// columns; ok is false where no layout of two columns or more fits.
func helpGridFit(bs []key.Binding, w int) (cells []helpGridCol, rows, cols int, ok bool) {
	for cols = len(bs); cols > 1; cols-- {
		for rows = (len(bs) + cols - 1) / cols; (cols-1)*rows < len(bs); rows++ {
			if cells, ok = helpGridCells(bs, rows, cols, w); ok {
				return cells, rows, cols, true
			}
		}
	}
	return nil, 0, 0, false
}

// splitWide parts bs, in order, into the entries that fit half of w
// beside another column and those wider.
func splitWide(bs []key.Binding, w int) (narrow, wide []key.Binding) {
	half := (w - helpGap) / 2
	for _, b := range bs {
		if Width(b.Help().Key)+1+Width(b.Help().Desc) > half {
			wide = append(wide, b)
		} else {
			narrow = append(narrow, b)
		}
	}
	return narrow, wide
}

// helpGridCol is one column's widest key and widest description, in cells.
type helpGridCol struct{ key, desc int }

// helpGridCells measures bs in cols columns of rows filled down first,
// and reports whether they fit w cells with helpGap between them.
func helpGridCells(bs []key.Binding, rows, cols, w int) ([]helpGridCol, bool) {
	cells := make([]helpGridCol, cols)
	for i, b := range bs {
		c := &cells[i/rows]
		c.key = max(c.key, Width(b.Help().Key))
		c.desc = max(c.desc, Width(b.Help().Desc))
	}
	total := 0
	for i, c := range cells {
		if c.key == 0 { // fewer bindings than columns × rows leaves none here
			return nil, false
		}
		total += c.key + 1 + c.desc
		if i > 0 {
			total += helpGap
		}
	}
	return cells, total <= w
}

// helpGridRender draws bs in the columns measured.
func helpGridRender(bs []key.Binding, cells []helpGridCol, rows, cols int, keyStyle Renderer) []string {
	lines := make([]string, rows)
	for r := range rows {
		var b strings.Builder
		for c := range cols {
			i := c*rows + r
			if i >= len(bs) {
				break
			}
			if c > 0 {
				b.WriteString(strings.Repeat(" ", helpGap))
			}
			h := bs[i].Help()
			b.WriteString(keyStyle.Render(Fit(h.Key, cells[c].key)) + " " + h.Desc)
			if c < cols-1 && i+rows < len(bs) {
				b.WriteString(strings.Repeat(" ", cells[c].desc-Width(h.Desc)))
			}
		}
		lines[r] = strings.TrimRight(b.String(), " ")
	}
	return lines
}
