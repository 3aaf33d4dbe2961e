package ui

import (
	"github.com/charmbracelet/x/ansi"

	"github.com/washboard/washboard/ui/draw"
)

// fieldHints is what each Produce field says while empty: what an empty
// field sends ("empty: …") or an example ("e.g. …"), drawn dim and in
// italics as the actions' hints are, so a hint never reads as a value
// (ut27 T6: the empty schema, key, headers and value rows said nothing).
// Each in shorter words after the first, for a narrow box (the 80x24
// grid's leaves 14 cells): the first that fits is said, whole.
var fieldHints = [fieldN][]string{
	fieldTopic:     {"e.g. orders"},
	fieldKey:       {"empty: no key"},
	fieldPartition: {"empty: auto"},
	fieldHeaders:   {"e.g. trace-id=7f3a", "e.g. id=7f3a"},
	fieldValue:     {"empty: an empty value", "empty: 0 bytes"},
	fieldSchema:    {"empty: sent as typed", "empty: as typed", "empty: none"},
	fieldCount:     {"e.g. 100"},
	fieldRate:      {"e.g. 20"},
}

// fieldHint is field i's hint in words that fit w cells (the shortest,
// cut, where none does).
func fieldHint(i, w int) string {
	hints := fieldHints[i]
	for _, h := range hints {
		if draw.Width(h) <= w {
			return h
		}
	}
	if len(hints) == 0 {
		return ""
	}
	return draw.Clip(hints[len(hints)-1], max(w, 1))
}

// hinted is field i's hint in w cells when the field is empty ("" when it
// holds text): with the cursor on its first cell while the field is
// edited, where the field's text would start.
func (p *ProducePane) hinted(i, w int) string {
	if p.value(i) != "" || len(fieldHints[i]) == 0 {
		return ""
	}
	st := p.c.Styles
	hint := st.Dim.Italic(true)
	l := fieldHint(i, w)
	if p.editing && p.active == i {
		first, rest := ansi.Cut(l, 0, 1), ansi.Cut(l, 1, draw.Width(l))
		return st.Selected.Render(hint.Render(first)) + hint.Render(rest)
	}
	return hint.Render(l)
}
