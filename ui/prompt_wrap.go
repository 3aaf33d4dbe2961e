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
	indent := ansi.StringWidth(lead)
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
				first, rest := ansi.Cut(l, 0, 1), ansi.Cut(l, 1, ansi.StringWidth(l))
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

// inputCells lays the field's text out in rows of room cells, breaking
// anywhere (a name has no spaces to break at), with the cursor and a
// suggestion's rest.
func inputCells(in textinput.Model, st *Styles, runes []rune, focused bool, room int) []string {
	pos := min(max(in.Position(), 0), len(runes))
	var rest []rune // what accepting the suggestion would add
	if focused && in.ShowSuggestions && pos == len(runes) {
		if s := in.CurrentSuggestion(); len(s) > len(in.Value()) && strings.HasPrefix(s, in.Value()) {
			rest = []rune(s[len(in.Value()):])
		}
	}
	var rows []string
	var b strings.Builder
	width := 0
	put := func(cell string, render func(...string) string) {
		cw := max(ansi.StringWidth(cell), 1)
		if width+cw > room && width > 0 {
			rows = append(rows, b.String())
			b.Reset()
			width = 0
		}
		b.WriteString(render(cell))
		width += cw
	}
	plain := func(s ...string) string { return strings.Join(s, "") }
	for i, r := range runes {
		render := plain
		if focused && i == pos {
			render = st.Selected.Render
		}
		put(model.PrintableString(string(r)), render)
	}
	for i, r := range rest {
		render := st.Dim.Render
		if i == 0 {
			render = func(s ...string) string { return st.Selected.Render(st.Dim.Render(s...)) }
		}
		put(model.PrintableString(string(r)), render)
	}
	if focused && pos == len(runes) && len(rest) == 0 {
		put(" ", st.Selected.Render)
	}
	return append(rows, b.String())
}
