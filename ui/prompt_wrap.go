package ui

import (
	"strings"

	"charm.land/bubbles/v2/textinput"
	"github.com/charmbracelet/x/ansi"

	"github.com/washboard/washboard/model"
	"github.com/washboard/washboard/ui/draw"
)

// inputRows draws a one-line text field over as many rows of w cells as
// its text needs, each row after the first starting under the first's
// text, the cursor a reverse-video cell: nothing typed scrolls out of
// sight, and a resize lays it out again (a textinput's own view keeps the
// width it was given and scrolls, hiding the start or the end unmarked;
// issue 14, B33). An empty field shows its placeholder, dimmed.
func inputRows(in textinput.Model, st *Styles, lead string, w int) []string {
	indent := ansi.StringWidth(lead)
	room := max(w-indent, 2)
	runes := []rune(in.Value())
	pos := min(max(in.Position(), 0), len(runes))
	focused := in.Focused()
	var rows []string
	var b strings.Builder
	width := 0
	flush := func() {
		rows = append(rows, b.String())
		b.Reset()
		width = 0
	}
	if len(runes) == 0 && in.Placeholder != "" {
		ph := draw.Wrap(in.Placeholder, room-1)
		for i, l := range ph {
			if i == 0 && focused {
				rows = append(rows, st.Selected.Render(" ")+st.Dim.Render(l))
				continue
			}
			rows = append(rows, st.Dim.Render(l))
		}
	} else {
		for i := 0; i <= len(runes); i++ {
			cell := " "
			if i < len(runes) {
				cell = model.PrintableString(string(runes[i]))
			} else if !focused {
				break
			}
			cw := max(ansi.StringWidth(cell), 1)
			if width+cw > room {
				flush()
			}
			if i == pos && focused {
				b.WriteString(st.Selected.Render(cell))
			} else {
				b.WriteString(cell)
			}
			width += cw
		}
		if width > 0 || len(rows) == 0 {
			flush()
		}
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
