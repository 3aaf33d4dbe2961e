package draw

import (
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// WrapParts lays parts out in lines of at most width cells, joined by sep
// where they fit on one line and broken between parts, never inside one
// ("ctrl+b" and its word "burst" stay together); a part wider than a line
// is wrapped on lines of its own (Wrap), never cut.
func WrapParts(parts []string, sep string, width int) []string {
	width = max(width, 1) // a box not sized yet still gets its lines
	var out []string
	cur := ""
	for _, part := range parts {
		switch {
		case cur == "":
			cur = part
		case ansi.StringWidth(cur+sep+part) <= width:
			cur += sep + part
		default:
			out = append(out, cur)
			cur = part
		}
		if ansi.StringWidth(cur) > width { // a part wider than a line: wrapped alone, nothing cut
			out, cur = append(out, Wrap(cur, width)...), ""
		}
	}
	if cur != "" {
		out = append(out, cur)
	}
	return out
}

// Wrap breaks safe, unstyled text into lines of at most width cells: at
// spaces where it can, and a word wider than the line (a long topic or
// group name) at any cell, so nothing is cut away and nothing is added
// inside a name. Runs of spaces at a break are dropped; a line holds at
// least one cell's worth of text, so the result always ends.
func Wrap(s string, width int) []string {
	if width <= 0 {
		return nil
	}
	if ansi.StringWidth(s) <= width {
		return []string{s}
	}
	var out []string
	line, lw := "", 0
	for _, word := range strings.Fields(s) {
		ww := ansi.StringWidth(word)
		if lw > 0 && lw+1+ww <= width {
			line, lw = line+" "+word, lw+1+ww
			continue
		}
		if lw > 0 && ww > width && lw+2 < width { // a long word starts on this line: no row half empty
			if head := ansi.Cut(word, 0, width-lw-1); head != "" {
				hw := ansi.StringWidth(head)
				line, lw = line+" "+head, lw+1+hw
				word = ansi.Cut(word, hw, ww)
				ww -= hw
			}
		}
		if lw > 0 {
			out = append(out, line)
			line, lw = "", 0
		}
		for ww > width { // a word longer than a line: break it anywhere
			head := ansi.Cut(word, 0, width)
			hw := ansi.StringWidth(head)
			if hw == 0 { // one grapheme wider than the line: it goes alone
				head = ansi.Cut(word, 0, 2)
				hw = ansi.StringWidth(head)
			}
			out = append(out, head)
			word = ansi.Cut(word, hw, ww)
			ww -= hw
		}
		line, lw = word, ww
	}
	if lw > 0 {
		out = append(out, line)
	}
	return out
}
