package ui

import (
	"strings"

	"github.com/charmbracelet/x/ansi"

	"github.com/washboard/washboard/model"
	"github.com/washboard/washboard/ui/draw"
)

// The Log's cuts never fall inside an escape: `\u202…` or `\x1…` name no
// character (ut22b N9). A key's cut in the middle (fitCut) and a value's
// cut at its row's end (cutEnd) move to the start of the escape they
// would split, the other end of a key taking the cells.

// escUnit is one escape in plain text, in cells from its start: from
// (its backslash) up to, not including, to.
type escUnit struct{ from, to int }

// escapeUnits are the escapes of plain (unstyled) text s: every
// backslash starts one, as washboard's escapes (\xNN, \uNNNN,
// \UNNNNNNNN, \n, \\) and JSON's (\uNNNN, \", \\) do; an escape cut
// short at the end of s ends with s.
func escapeUnits(s string) []escUnit {
	var out []escUnit
	cells, last := 0, 0
	for i := 0; i < len(s); {
		if s[i] != '\\' {
			i++
			continue
		}
		cells += draw.Width(s[last:i])
		n := 2
		if i+1 < len(s) {
			switch s[i+1] {
			case 'x':
				n = 4
			case 'u':
				n = 6
			case 'U':
				n = 10
			}
		}
		n = min(n, len(s)-i)
		out = append(out, escUnit{cells, cells + n})
		cells += n
		i += n
		last = i
	}
	return out
}

// safeHead is head cells of text with escapes units, moved back to the
// start of an escape it would split.
func safeHead(units []escUnit, head int) int {
	for _, u := range units {
		if u.from < head && head < u.to {
			return u.from
		}
	}
	return head
}

// safeStart is the cell a tail starting at start starts at, moved on to
// the end of an escape it would split.
func safeStart(units []escUnit, start int) int {
	for _, u := range units {
		if u.from < start && start < u.to {
			return u.to
		}
	}
	return start
}

// cutEnd is text s (styled or not) in at most width cells: whole when it
// fits, else its start and an ellipsis, the cut before any escape it
// would split (so a row can end a few cells short of its border).
func cutEnd(s string, width int) string {
	if width <= 0 {
		return ""
	}
	if draw.Width(s) <= width {
		return s
	}
	head := width - 1
	if plain := ansi.Strip(s); strings.Contains(plain, `\`) {
		head = safeHead(escapeUnits(plain), head)
	}
	return ansi.Truncate(s, head, "") + model.Ellipsis
}
