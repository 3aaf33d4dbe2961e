package draw

import (
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// WrapParts joins parts with sep into lines of at most width cells,
// breaking only between parts, never inside one: a part wider than
// width alone takes a line, clipped. The lines are plain text joined as
// given; styling is the caller's.
func WrapParts(parts []string, sep string, width int) []string {
	var lines []string
	var cur []string
	w := 0
	for _, p := range parts {
		pw := ansi.StringWidth(p)
		if len(cur) > 0 && w+ansi.StringWidth(sep)+pw > width {
			lines, cur, w = append(lines, Clip(strings.Join(cur, sep), width)), nil, 0
		}
		if len(cur) > 0 {
			w += ansi.StringWidth(sep)
		}
		cur, w = append(cur, p), w+pw
	}
	if len(cur) > 0 {
		lines = append(lines, Clip(strings.Join(cur, sep), width))
	}
	return lines
}
