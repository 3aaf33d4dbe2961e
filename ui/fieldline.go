package ui

import (
	"strings"

	"charm.land/bubbles/v2/textinput"
	"charm.land/lipgloss/v2"

	"github.com/washboard/washboard/model"
	"github.com/washboard/washboard/ui/draw"
)

// inputLine is a one-line text input being typed in (a pane's `/`
// filter), w cells wide with its prompt: the input's own view while its
// text and the cursor fit, else its text in fieldLine's row, `…` on each
// side where the text goes on, so every filter field marks its cuts one
// way (the Topics filter was cut by its box with a `…`, the Log's scrolled
// with none, ut25b R1).
func inputLine(in textinput.Model, cursor lipgloss.Style, w int) string {
	runes := []rune(in.Value())
	prompt := in.Prompt
	room := w - draw.Width(prompt)
	if len(runes) == 0 || draw.Width(string(runes))+1 <= room {
		return in.View()
	}
	cells := make([]string, len(runes))
	for i, r := range runes {
		cells[i] = model.PrintableString(string(r))
	}
	return prompt + fieldLine(cursor, cells, in.Position(), room)
}

// fieldLine draws a field's text on one row of width cells: cells are its
// drawn runes, the cursor (drawn in style cursor) on cell cur (len(cells)
// past the end). The row starts at the text's start while the cursor is in
// the first width of it, and otherwise pages by half a row, so moving the
// cursor does not move the text under it at every key; a `…` stands
// wherever the text goes on past the row, before it or after it, so a part
// of a text never reads as the whole (ut22b N13: a Produce area's
// `a":-2,"n":2}`; ut25b R1: the Log filter's `ic=aaa-…` with `top` hidden,
// `key=a` with `bc` hidden).
func fieldLine(cursor lipgloss.Style, cells []string, cur, width int) string {
	width = max(width, 4)
	// suf[k] is the width of cells[k:], and of the cursor's cell past the
	// text when it is there
	suf := make([]int, len(cells)+1)
	if cur >= len(cells) {
		suf[len(cells)] = 1
	}
	for k := len(cells) - 1; k >= 0; k-- {
		suf[k] = suf[k+1] + draw.Width(cells[k])
	}
	wd := func(from, to int) int { return suf[from] - suf[to] }
	start := 0
	if suf[0] > width {
		// the first start, in steps of half a row, that holds the cursor
		// after a leading … and before a trailing one
		step := max((width-2)/2, 1)
		last := min(cur+1, len(cells)) // past the cursor's cell
		fits := func(s int) bool {
			lead, after := 0, 0
			if s > 0 {
				lead = 1
			}
			if last < len(cells) {
				after = 1
			}
			return lead+wd(s, last)+(suf[len(cells)])+after <= width
		}
		for start < cur && !fits(start) {
			start += step
		}
		start = min(start, cur)
		// no free cells beside a cut: where the text ends inside the row,
		// the row starts as early as it can
		for start > 0 && 1+suf[start-1] <= width {
			start--
		}
	}
	var b strings.Builder
	used := 0
	if start > 0 {
		b.WriteString(draw.Ellipsis)
		used++
	}
	for k := start; k < len(cells); k++ {
		cw := suf[k] - suf[k+1]
		if used+suf[k] > width && used+cw+1 > width { // the rest does not fit: a … says so
			b.WriteString(draw.Ellipsis)
			return b.String()
		}
		if k == cur {
			b.WriteString(cursor.Render(cells[k]))
		} else {
			b.WriteString(cells[k])
		}
		used += cw
	}
	if cur >= len(cells) {
		b.WriteString(cursor.Render(" "))
	}
	return b.String()
}
