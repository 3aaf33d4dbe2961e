package draw

import "strings"

// WrapBalanced is Wrap for an outcome or a refusal, said once: where the
// last line would hold one word alone, the word before it goes down with
// it when both lines then keep within width and the line it leaves keeps
// a word, so a sentence does not end on a lone word (ut38a-16:
// `… showing` / `it`).
func WrapBalanced(s string, width int) []string {
	lines := Wrap(s, width)
	n := len(lines)
	if n < 2 || strings.Contains(lines[n-1], " ") {
		return lines
	}
	prev := lines[n-2]
	cut := strings.LastIndexByte(prev, ' ')
	if cut <= 0 || Width(prev[cut+1:])+1+Width(lines[n-1]) > width {
		return lines
	}
	lines[n-2], lines[n-1] = prev[:cut], prev[cut+1:]+" "+lines[n-1]
	return lines
}
