package draw

import (
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// WrapKeep breaks data text (a record's key, a header) into lines of at
// most width cells as names break (Wrap's name boundary: after a '-',
// '.', '_', '/' or '@', or before a '[') or after a space, as late as
// fits, and at a cell only where there is neither (never inside an
// escape, keepHead). Unlike Wrap it drops nothing: the lines joined are
// s, so a key's spaces are all kept, and a key shown in hex ("73 65 74")
// breaks after a byte's space, every line starting on a whole byte
// (ut25b R6, R7: `reconc` / `iliation`, `7` / `4`).
func WrapKeep(s string, width int) []string {
	if width <= 0 {
		return nil
	}
	out, rest := breakLong(s, width, func(s string, width int) int {
		if hw := max(nameBoundary(s, width), spaceBoundary(s, width)); hw > 0 {
			return hw
		}
		return keepHead(s, width)
	})
	return append(out, rest)
}

// breakLong breaks s into lines of width cells where at says (cells from
// the start of what is left) until the rest fits a line, and returns the
// lines and that rest. A line holds at least one grapheme, so it ends.
func breakLong(s string, width int, at func(string, int) int) ([]string, string) {
	var out []string
	for w := Width(s); w > width; w = Width(s) {
		hw := at(s, width)
		head := ansi.Cut(s, 0, hw)
		if hw = Width(head); hw == 0 { // one grapheme wider than the line: it goes alone
			head = ansi.Cut(s, 0, 2)
			hw = Width(head)
		}
		out = append(out, head)
		s = ansi.Cut(s, hw, w)
	}
	return out, s
}

// spaceBoundary is the cells up to and including the last space of s's
// first width cells, 0 when they hold none (or only at its start).
func spaceBoundary(s string, width int) int {
	head := ansi.Cut(s, 0, width)
	i := strings.LastIndexByte(ansi.Strip(head), ' ')
	if i <= 0 {
		return 0
	}
	return Width(ansi.Strip(head)[:i+1])
}
