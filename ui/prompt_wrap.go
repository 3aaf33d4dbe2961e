package ui

import (
	"strings"

	"charm.land/bubbles/v2/textinput"
	"github.com/charmbracelet/x/ansi"

	"github.com/washboard/washboard/model"
	"github.com/washboard/washboard/ui/draw"
)

// inputRows draws a one-line text field over as many rows of w cells as
// its text needs, lead (a label or "> ") before the first row and each
// later row starting under the first's text, the cursor a reverse-video
// cell, the rest of a suggestion dimmed after the text: nothing typed
// scrolls out of sight, and a resize lays it out again (a textinput's own
// view keeps the width it was given and scrolls, hiding the start or the
// end unmarked; issue 14, B33). An empty field shows its placeholder,
// dimmed, the cursor on its first cell when focused.
func inputRows(in textinput.Model, st *Styles, lead string, w int) []string {
	indent := draw.Width(lead)
	room := max(w-indent, 2)
	runes := []rune(in.Value())
	focused := in.Focused()
	var rows []string
	if len(runes) == 0 && in.Placeholder != "" {
		hint := st.Dim.Italic(true) // a hint, never drawn as a value is (ut24a P2)
		for i, l := range draw.Wrap(in.Placeholder, room) {
			if i == 0 && focused {
				// the cursor on the placeholder's first cell: it starts
				// where every other field's text starts (ut15a A5)
				first, rest := ansi.Cut(l, 0, 1), ansi.Cut(l, 1, draw.Width(l))
				l = st.Selected.Render(hint.Render(first)) + hint.Render(rest)
			} else {
				l = hint.Render(l)
			}
			rows = append(rows, l)
		}
	} else {
		rows = inputCells(in, st, runes, focused, room)
	}
	pad := strings.Repeat(" ", indent)
	for i := range rows {
		if i == 0 {
			rows[i] = lead + rows[i]
		} else {
			rows[i] = pad + rows[i]
		}
	}
	return rows
}

// inputCells lays the field's text out in rows of room cells, a name
// broken at a name boundary as names wrap everywhere (after a '-', '.',
// '_', '/' or '@'; ut25b R12: `…-viewer-chec` / `k-ut25b` while the
// refusal under it broke the same name after a '-'), else anywhere (a
// value with spaces keeps every one), with the cursor and a suggestion's
// rest.
func inputCells(in textinput.Model, st *Styles, runes []rune, focused bool, room int) []string {
	pos := min(max(in.Position(), 0), len(runes))
	var rest []rune // what accepting the suggestion would add
	if focused && in.ShowSuggestions && pos == len(runes) {
		if s := in.CurrentSuggestion(); len(s) > len(in.Value()) && strings.HasPrefix(s, in.Value()) {
			rest = []rune(s[len(in.Value()):])
		}
	}
	type cell struct {
		text   string
		render func(...string) string
	}
	plain := func(s ...string) string { return strings.Join(s, "") }
	var cells []cell
	for i, r := range runes {
		render := plain
		if focused && i == pos {
			render = st.Selected.Render
		}
		cells = append(cells, cell{model.PrintableString(string(r)), render})
	}
	for i, r := range rest {
		render := st.Dim.Render
		if i == 0 {
			render = func(s ...string) string { return st.Selected.Render(st.Dim.Render(s...)) }
		}
		cells = append(cells, cell{model.PrintableString(string(r)), render})
	}
	breaks := nameBreaks(cells, room, func(c cell) string { return c.text })
	if focused && pos == len(runes) && len(rest) == 0 {
		cells = append(cells, cell{" ", st.Selected.Render})
	}
	var rows []string
	var b strings.Builder
	width := 0
	for i, c := range cells {
		cw := max(draw.Width(c.text), 1)
		if width > 0 && (width+cw > room || breaks[i]) {
			rows = append(rows, b.String())
			b.Reset()
			width = 0
		}
		b.WriteString(c.render(c.text))
		width += cw
	}
	return append(rows, b.String())
}

// nameBreaks marks the cells a row starts at where the text the cells
// spell, a name without spaces, wraps at name boundaries within room
// (draw.Wrap); none for a text with spaces or that draw.Wrap would
// change, which then breaks where a row is full.
func nameBreaks[C any](cells []C, room int, text func(C) string) map[int]bool {
	var all strings.Builder
	for _, c := range cells {
		all.WriteString(text(c))
	}
	s := all.String()
	if strings.ContainsAny(s, " \t") || draw.Width(s) <= room {
		return nil
	}
	lines := draw.Wrap(s, room)
	if strings.Join(lines, "") != s {
		return nil
	}
	starts := map[int]bool{} // the byte offsets the lines after the first start at
	off := 0
	for _, l := range lines[:len(lines)-1] {
		off += len(l)
		starts[off] = true
	}
	breaks := map[int]bool{}
	off = 0
	for j, c := range cells {
		if off > 0 && starts[off] {
			breaks[j] = true
		}
		off += len(text(c))
	}
	return breaks
}
