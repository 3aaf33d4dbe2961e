package ui

import (
	"strings"

	"charm.land/lipgloss/v2"

	"github.com/washboard/washboard/model"
	"github.com/washboard/washboard/ui/draw"
)

// lineWrapMax bounds the rows a one-line field (topic, key) wraps over:
// a 249-character topic in a 63-cell field.
const lineWrapMax = 4

// lineRows is the rows the topic and the key take, wrapped over the
// spare rows the form leaves (ut16b E10: an 81-character key was cut
// while the zoomed form had 13 empty rows): as many as their text needs,
// up to lineWrapMax, the topic first; while editing, the value area keeps
// three rows before they get any. spare is what is left after them.
func (p *ProducePane) lineRows(shown map[int]bool, spare *int) map[int]int {
	out := map[int]int{}
	keep := 0
	if p.editing && shown[fieldValue] {
		keep = 2 // the value area's rows beyond its first
	}
	for _, i := range []int{fieldTopic, fieldKey} {
		if !shown[i] {
			continue
		}
		fw := max(p.w-labelW, 1)
		need := min(p.lineRowCount(i, fw), lineWrapMax)
		if give := min(need-1, *spare-keep); give > 0 {
			out[i] = 1 + give
			*spare -= give
		}
	}
	return out
}

// lineRowCount is the rows a one-line field's text takes in fw cells
// (fieldRows), with the cursor's cell past its end while it is edited.
func (p *ProducePane) lineRowCount(i, fw int) int {
	cells := runeCells(p.inputs[i].Value())
	rows := fieldRows(cells, fw)
	n := 1
	if len(rows) > 0 {
		n = rows[len(rows)-1] + 1
	}
	if p.editing && i == p.active && len(rows) > 0 && rowWidth(cells, rows, rows[len(rows)-1])+1 > fw {
		n++ // the cursor's cell starts a row of its own
	}
	return n
}

// runeCells is each rune of s as it is drawn (model.PrintableString).
func runeCells(s string) []string {
	var out []string
	for _, r := range s {
		out = append(out, model.PrintableString(string(r)))
	}
	return out
}

// fieldRows is the row each cell of a one-line field goes on in fw
// cells: where draw.Wrap breaks the text (a long topic after a '-', '.',
// '_' or '/', or before a '[', not inside a name part), when its lines
// hold every cell of it; else, as for a key with spaces (draw.Wrap drops
// a space where it breaks) or an escape a break would split, at the
// field's width, no cell dropped or added.
func fieldRows(cells []string, fw int) []int {
	rows := make([]int, len(cells))
	text := strings.Join(cells, "")
	if lines := draw.Wrap(text, fw); len(lines) > 0 && strings.Join(lines, "") == text {
		row, end, at, ok := 0, len(lines[0]), 0, true
		for k, c := range cells {
			for at >= end && row < len(lines)-1 {
				row++
				end += len(lines[row])
			}
			if at+len(c) > end { // a break inside the cell's escape
				ok = false
				break
			}
			rows[k] = row
			at += len(c)
		}
		if ok {
			return rows
		}
	}
	widthRows(cells, fw, rows)
	return rows
}

// widthRows puts each cell in rows on the row it takes when the cells are
// broken at fw cells, no cell dropped or added.
func widthRows(cells []string, fw int, rows []int) {
	row, w := 0, 0
	for k, c := range cells {
		cw := draw.Width(c)
		if w+cw > fw && w > 0 {
			row, w = row+1, 0
		}
		rows[k] = row
		w += cw
	}
}

// rowWidth is the cells of the given row.
func rowWidth(cells []string, rows []int, row int) int {
	w := 0
	for k, c := range cells {
		if rows[k] == row {
			w += draw.Width(c)
		}
	}
	return w
}

// wrappedRows is a one-line field over height rows, broken where
// fieldRows says (a long topic at a name boundary; no cell is dropped
// or added). Edited, the cursor is drawn where it is, and the rows shown
// are the ones around it; otherwise what does not fit ends in "…".
func (p *ProducePane) wrappedRows(i int, label string, height int, live bool) []string {
	fw := max(p.w-labelW, 1)
	in := p.inputs[i]
	cells := runeCells(in.Value())
	at := fieldRows(cells, fw)
	var rows []string
	var cur strings.Builder
	curW, cursorRow, row := 0, -1, 0
	flush := func() { rows, cur, curW = append(rows, cur.String()), strings.Builder{}, 0 }
	cursor := lipgloss.NewStyle().Reverse(true)
	for k := 0; k <= len(cells); k++ {
		cell := " " // the cursor's cell past the end
		if k < len(cells) {
			cell = cells[k]
			if at[k] != row && curW > 0 {
				flush()
			}
			row = at[k]
		} else if !live {
			break
		}
		cw := draw.Width(cell)
		if curW+cw > fw && curW > 0 {
			flush()
		}
		if live && k == in.Position() {
			cursorRow = len(rows)
			cell = cursor.Render(cell)
		}
		cur.WriteString(cell)
		curW += cw
	}
	if curW > 0 || len(rows) == 0 {
		flush()
	}
	start := 0
	switch {
	case live && len(rows) > height:
		start = min(max(cursorRow-height+1, 0), len(rows)-height)
	case len(rows) > height:
		rows[height-1] = draw.Clip(strings.Join(rows[height-1:], ""), fw) // not edited: no styling
	}
	return labelledRows(label, rows[start:min(start+height, len(rows))], height)
}
