package ui

import (
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

// labelCutAbove is field i's label with a … in its last cell, just
// before the text: the text area shows rows that do not start the text.
func (p *ProducePane) labelCutAbove(i int, focused bool) string {
	st := p.c.Styles
	if focused && p.editing && i == p.active {
		return st.Accent.Render("▸"+draw.Fit(fieldLabels[i], labelW-2)) + st.Dim.Render(draw.Ellipsis)
	}
	return st.Dim.Render(" " + draw.Fit(fieldLabels[i], labelW-2) + draw.Ellipsis)
}
