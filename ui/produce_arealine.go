package ui

import (
	"charm.land/bubbles/v2/textarea"
	"strings"

	"github.com/washboard/washboard/model"
	"github.com/washboard/washboard/ui/draw"
)

// areaLine is a text area being edited in a box that leaves it one row
// (the 80x24 grid's): its text on one line as a field not edited shows it
// (lines joined by ` ⏎ `), the cursor in sight, and a `…` wherever the
// text goes on past the row, so a part of a value never reads as a value
// of its own (ut22b N13: the textarea's one-row view showed
// `a":-2,"n":2}`, the last row of its wrap, with nothing to say it was
// cut). The row starts at the text's start while the cursor is in the
// first width of it, and otherwise pages by half a row, so moving the
// cursor does not move the text under it at every key; a cut row is
// filled to the last cell. The textarea still takes the keys: this is
// only how its text is drawn, from its value and cursor.
func (p *ProducePane) areaLine(i, width int) string {
	a := p.areas[i]
	cells, cur := areaCells(strings.Split(a.Value(), "\n"), a.Line(), a.Column())
	return p.drawAreaLine(cells, cur, width)
}

// areaCells is a text area's lines joined into one line of drawn cells
// (each rune escaped as a field shows it), and the index of the cell the
// cursor is on at line row, column col (len(cells) past the end).
func areaCells(lines []string, row, col int) (cells []string, cur int) {
	for j, l := range lines {
		if j > 0 {
			cells = append(cells, " ", "⏎", " ")
		}
		rs := []rune(l)
		if j == row {
			cur = len(cells) + min(max(col, 0), len(rs))
		}
		for _, r := range rs {
			cells = append(cells, model.PrintableString(string(r)))
		}
	}
	return cells, cur
}

// drawAreaLine draws cells in width cells with the cursor on cell cur
// (fieldLine).
func (p *ProducePane) drawAreaLine(cells []string, cur, width int) string {
	return fieldLine(p.c.Styles.Selected, cells, cur, width)
}

// areaView is text area i's rows at height, scrolled to its cursor. The
// textarea scrolls its viewport only against the text the viewport last
// took, which View sets: a text set since (R's value, the cursor at its
// end) showed its first rows with the cursor below them. The text is
// given to the viewport first, then the height places the cursor in it.
func (p *ProducePane) areaView(i, height int) []string {
	a := &p.areas[i]
	a.SetHeight(height)
	_ = a.View() // the viewport takes the text as it is now
	a.SetHeight(height)
	if i == fieldHeaders {
		settleScroll(a, height)
	}
	return strings.Split(a.View(), "\n")
}

// settleWalk bounds the rows settleScroll walks: a headers area holds a
// few lines, and one longer than that keeps the text area's own scroll.
const settleWalk = 200

// settleScroll scrolls text area a, height rows, up as far as it keeps
// the cursor in sight and its rows filled: the area scrolls only as its
// cursor leaves the rows it had when the key came, so a headers area that
// grew by the line enter made kept that line's scroll (ut25b R8:
// `▸headers  …badline` over a blank row, `trace-id=ut25b` hidden behind
// the `…`). The text area says nothing of its scroll but through its
// cursor: the cursor walks from the top to count the rows, then to the
// row that makes the scroll right, and back where it was.
func settleScroll(a *textarea.Model, height int) {
	off := a.ScrollYOffset()
	if off == 0 {
		return
	}
	line, col := a.Line(), a.Column()
	row := a.LineInfo().RowOffset
	a.MoveToBegin()
	cur, total := -1, 0
	for total < settleWalk {
		li := a.LineInfo()
		if a.Line() == line && li.RowOffset == row {
			cur = total
		}
		total++
		if a.Line() == a.LineCount()-1 && li.RowOffset >= li.Height-1 {
			break
		}
		a.CursorDown()
	}
	target := off
	if total < settleWalk && cur >= 0 {
		target = min(off, max(total-height, 0))
	}
	a.MoveToBegin()
	for n := 0; n < min(target+height-1, total-1); n++ { // scrolls down to target, no further
		a.CursorDown()
	}
	for a.Line() > line || (a.Line() == line && a.LineInfo().RowOffset > row) {
		a.CursorUp()
	}
	a.SetCursorColumn(col)
}

// labelCutAbove is field i's label with a … in its last cell, just
// before the text: the text area shows rows that do not start the text.
func (p *ProducePane) labelCutAbove(i int, focused bool) string {
	st := p.c.Styles
	if focused && p.editing && i == p.active {
		return st.Accent.Render("▸"+draw.Fit(fieldLabels[i], labelW-2)) + st.Dim.Render(draw.Ellipsis)
	}
	return st.Dim.Render(" " + draw.Fit(fieldLabels[i], labelW-2) + draw.Ellipsis)
}
