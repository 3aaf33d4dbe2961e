package draw

import "strings"

// WrapCut breaks prose into lines of at most width cells at its spaces
// only, as Wrap does, but a word longer than a whole line (a topic named
// in a sentence) is cut in the middle to the line (FitMiddle: both ends
// kept), never broken across lines: a name broken at a '-' reads as two
// words, or as a sentence's line end (ut33 Za7: the Log's "does not read"
// hint broke `…eu-west-` / `1.v3;` in the 80x24 grid). Where a name must
// read whole, Wrap breaks it at a name boundary instead.
func WrapCut(s string, width int) []string {
	if width <= 0 {
		return nil
	}
	var out []string
	line, lw := "", 0
	for _, word := range strings.Fields(s) {
		ww := Width(word)
		if ww > width {
			word, ww = strings.TrimRight(FitMiddle(word, width), " "), width
		}
		switch {
		case lw == 0:
			line, lw = word, ww
		case lw+1+ww <= width:
			line, lw = line+" "+word, lw+1+ww
		default:
			out = append(out, line)
			line, lw = word, ww
		}
	}
	if lw > 0 {
		out = append(out, line)
	}
	return out
}
