package ui

import (
	"strings"

	tea "charm.land/bubbletea/v2"

	"github.com/washboard/washboard/ui/draw"
)

// A text area (headers, value) reads the same whether the cursor is in it
// or not: its lines wrapped by draw.WrapValue (after a field's `,`, or its
// name's `:`, never inside a number or a short string), the cursor drawn
// where it is. The bubbles textarea stays the editing model (keys, undo,
// paste) but is not drawn: it wraps at its width, inside a number or a
// `null` (ut29 V4: `…"n":n│` / `│ull,…` while edited, `…"n": │` /
// `│null,…` once tab had left it).

// valueCellRows is the row each cell of one line of a text area goes on
// in fw cells, as draw.WrapValue breaks the line, and which cells a break
// dropped (a space at a line's end). A line whose cells do not map onto
// WrapValue's lines (an escape a break would split) is broken at the
// field's width, no cell dropped.
func valueCellRows(cells []string, fw int) (rows []int, hidden []bool) {
	rows, hidden = make([]int, len(cells)), make([]bool, len(cells))
	if mapValueRows(cells, draw.WrapValue(strings.Join(cells, ""), fw), rows, hidden) {
		return rows, hidden
	}
	clear(hidden)
	widthRows(cells, fw, rows)
	return rows, hidden
}

// mapValueRows fills rows and hidden from WrapValue's lines; false when
// the lines are not the cells in order with only spaces left out.
func mapValueRows(cells, lines []string, rows []int, hidden []bool) bool {
	k := 0
	for r, l := range lines {
		rest := l
		for k < len(cells) && rest != "" {
			switch {
			case strings.HasPrefix(rest, cells[k]):
				rows[k] = r
				rest = rest[len(cells[k]):]
			case cells[k] == " ": // dropped at the break before this line
				rows[k], hidden[k] = max(r-1, 0), true
			default:
				return false
			}
			k++
		}
		if rest != "" {
			return false
		}
	}
	for ; k < len(cells); k++ { // spaces dropped at the text's end
		if cells[k] != " " {
			return false
		}
		rows[k], hidden[k] = max(len(lines)-1, 0), true
	}
	return true
}

// areaWrapped is a text area's text in rows of fw cells, each line
// wrapped by valueCellRows. With live set, the cursor (at line, col: a
// rune index in the line) is drawn on its cell, past a line's end after
// its last cell, and cursorRow is its row; a cursor on a full row's end
// starts a row of its own.
func (p *ProducePane) areaWrapped(text string, fw int, line, col int, live bool) (out []string, cursorRow int) {
	cursor := p.c.Styles.Selected
	for j, l := range strings.Split(text, "\n") {
		cells := runeCells(l)
		rows, hidden := valueCellRows(cells, fw)
		n := 1
		if len(rows) > 0 {
			n = rows[len(rows)-1] + 1
		}
		texts, widths := make([]strings.Builder, n), make([]int, n)
		extra := -1 // a row added for the cursor: its cell does not fit its own row
		put := func(r int, cell string, isCursor bool) {
			if widths[r]+draw.Width(cell) > fw {
				if isCursor {
					extra = r
				}
				return // (a cell WrapValue's line held: never)
			}
			texts[r].WriteString(cell)
			widths[r] += draw.Width(cell)
		}
		at := -1
		if live && j == line {
			at = min(max(col, 0), len(cells))
		}
		for k, c := range cells {
			switch {
			case k == at:
				put(rows[k], cursor.Render(c), true)
			case !hidden[k]:
				put(rows[k], c, false)
			}
		}
		if at == len(cells) {
			put(n-1, cursor.Render(" "), true)
		}
		for r := range texts {
			if at >= 0 && (at < len(cells) && rows[at] == r || at == len(cells) && r == n-1) {
				cursorRow = len(out)
			}
			out = append(out, texts[r].String())
			if r == extra {
				cursorRow = len(out)
				out = append(out, cursor.Render(" "))
			}
		}
	}
	return out, cursorRow
}

// areaTop is the first of rows a text area of height rows shows with the
// cursor on row cur: the rows page by height less one (the last row of a
// page is the first of the next), so the text stays put while the cursor
// moves within a page, and the last page is full.
func areaTop(cur, rows, height int) int {
	if rows <= height {
		return 0
	}
	step := max(height-1, 1)
	return min(cur/step*step, rows-height)
}

// liveAreaRows is text area i, being edited, in height rows: its rows
// as a text area not edited wraps them, the cursor drawn, the page with
// the cursor shown, a … in the label's last cell when the text goes on
// above.
func (p *ProducePane) liveAreaRows(i int, label string, focused bool, height int) []string {
	a := &p.areas[i]
	rows, cur := p.areaWrapped(a.Value(), max(p.w-labelW, 4), a.Line(), a.Column(), true)
	top := areaTop(cur, len(rows), height)
	if top > 0 {
		label = p.labelCutAbove(i, focused)
	}
	return labelledRows(label, rows[top:min(top+height, len(rows))], height)
}

// areaVertical moves a text area's cursor up or down a row of the rows
// it is drawn in (areaWrapped), to the cell under the one it was on, when
// msg is ↑ or ↓: the textarea's own rows break elsewhere, so its ↑
// landed on a cell that was not the one above.
func (p *ProducePane) areaVertical(msg tea.Msg) bool {
	k, ok := msg.(tea.KeyPressMsg)
	if !ok || !isArea(p.active) || (k.String() != "up" && k.String() != "down") {
		return false
	}
	dir := 1
	if k.String() == "up" {
		dir = -1
	}
	a := &p.areas[p.active]
	fw := max(p.w-labelW, 4)
	lines := strings.Split(a.Value(), "\n")
	line, col := a.Line(), a.Column()
	cells := runeCells(lines[line])
	rows, hidden := valueCellRows(cells, fw)
	n, row := 1, 0
	if len(rows) > 0 {
		n = rows[len(rows)-1] + 1
		row = n - 1
		if col < len(cells) {
			row = rows[col]
		}
	}
	x := 0
	for j := 0; j < min(col, len(cells)); j++ {
		if rows[j] == row && !hidden[j] {
			x += draw.Width(cells[j])
		}
	}
	switch target := row + dir; {
	case target >= 0 && target < n:
		a.SetCursorColumn(cellUnder(cells, rows, hidden, target, x))
	case line+dir < 0 || line+dir >= len(lines):
		// the first or the last row: the cursor stays
	default:
		if dir < 0 {
			a.SetCursorColumn(0)
			a.CursorUp()
		} else {
			a.SetCursorColumn(len([]rune(lines[line])))
			a.CursorDown()
		}
		next := runeCells(lines[line+dir])
		nrows, nhidden := valueCellRows(next, fw)
		nrow := 0
		if dir < 0 && len(nrows) > 0 {
			nrow = nrows[len(nrows)-1]
		}
		a.SetCursorColumn(cellUnder(next, nrows, nhidden, nrow, x))
	}
	return true
}

// cellUnder is the cell of row that covers column x (cells from the
// row's start), or the cursor's place past the row's last cell.
func cellUnder(cells []string, rows []int, hidden []bool, row, x int) int {
	at, last := 0, -1
	for k, c := range cells {
		if rows[k] != row {
			if rows[k] > row {
				break
			}
			continue
		}
		if hidden[k] {
			if last >= 0 && at <= x {
				return k // the space the break dropped: drawn past the row's text
			}
			continue
		}
		w := draw.Width(c)
		if at+w > x {
			return k
		}
		at += w
		last = k
	}
	if last < 0 {
		return len(cells) // an empty line
	}
	if last == len(cells)-1 {
		return len(cells) // past the line's end
	}
	return last
}
