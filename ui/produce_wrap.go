package ui

import (
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

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
		need := min((p.lineCells(i)+fw-1)/fw, lineWrapMax)
		if give := min(need-1, *spare-keep); give > 0 {
			out[i] = 1 + give
			*spare -= give
		}
	}
	return out
}

// lineCells is the cells a one-line field's text takes, with the
// cursor's cell past its end while it is edited.
func (p *ProducePane) lineCells(i int) int {
	n := ansi.StringWidth(model.PrintableString(p.inputs[i].Value()))
	if p.editing && i == p.active {
		n++
	}
	return n
}

// wrappedRows is a one-line field over height rows, broken at the
// field's width (a key or topic is one word: no cell is dropped or
// added). Edited, the cursor is drawn where it is, and the rows shown
// are the ones around it; otherwise what does not fit ends in "…".
func (p *ProducePane) wrappedRows(i int, label string, height int, live bool) []string {
	fw := max(p.w-labelW, 1)
	in := p.inputs[i]
	runes := []rune(in.Value())
	var rows []string
	var cur strings.Builder
	curW, cursorRow := 0, -1
	flush := func() { rows, cur, curW = append(rows, cur.String()), strings.Builder{}, 0 }
	cursor := lipgloss.NewStyle().Reverse(true)
	for k := 0; k <= len(runes); k++ {
		cell := " " // the cursor's cell past the end
		if k < len(runes) {
			cell = model.PrintableString(string(runes[k]))
		} else if !live {
			break
		}
		cw := ansi.StringWidth(cell)
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
