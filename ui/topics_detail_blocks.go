package ui

import (
	"strings"

	"github.com/charmbracelet/x/ansi"

	"github.com/washboard/washboard/ui/draw"
)

// blockGap is the blank cells between two blocks of a table laid side by
// side (sideBySide).
const blockGap = 3

// sideBySide lays a table (its heading, then its rows, as table draws
// them) out in blocks side by side, each with the heading over it and
// the rows in order down one block and on into the next, so a topic's 30
// partitions use a wide box's width rather than 40 of its 198 cells and
// 23 lines below it (ut32b Zb11): as few blocks as keep at most most
// rows in each, and no more than fit w cells. most 0, a table as wide as
// the box, or one of one row, is as it was.
func sideBySide(lines []string, w, most int) []string {
	if len(lines) < 3 || most <= 0 || most >= len(lines)-1 {
		return lines
	}
	tw := 0
	for _, l := range lines {
		tw = max(tw, draw.Width(strings.TrimRight(l, " ")))
	}
	rows := lines[1:]
	k := min((w+blockGap)/(tw+blockGap), len(rows))
	if k < 2 {
		return lines
	}
	per := max((len(rows)+k-1)/k, most)
	k = (len(rows) + per - 1) / per // no empty block at the right
	out := make([]string, 0, per+1)
	for j := -1; j < per; j++ {
		var b strings.Builder
		for blk := range k {
			cell := lines[0] // the heading over every block
			if j >= 0 {
				i := blk*per + j
				if i >= len(rows) {
					break
				}
				cell = rows[i]
			}
			if blk > 0 {
				b.WriteString(strings.Repeat(" ", blockGap))
			}
			b.WriteString(padCells(cell, tw))
		}
		out = append(out, strings.TrimRight(b.String(), " "))
	}
	return out
}

// padCells is s cut or padded to w cells, escapes kept whole.
func padCells(s string, w int) string {
	s = strings.TrimRight(s, " ")
	if n := draw.Width(s); n < w {
		return s + strings.Repeat(" ", w-n)
	}
	return ansi.Truncate(s, w, "")
}
