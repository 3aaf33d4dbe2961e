package draw

import (
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// Width is ansi.StringWidth (cells) with a fast path for what most of a
// frame measures (framedWidth): the grapheme segmentation it skips was
// most of a side-by-side snapshot's time, and near half of the Log's
// stream tests' (s29-tests profile).
func Width(s string) int {
	if n, ok := framedWidth(s); ok {
		return n
	}
	return ansi.StringWidth(s)
}

// framedWidth is s's width in cells where s holds only printable ASCII
// (one byte, one cell), SGR escapes (`ESC [` digits, `;` or `:`, then `m`:
// lipgloss's styles, no cell) and the runes a frame's own words use most
// (oneCellEnd); ok is false for anything else, which ansi.StringWidth
// measures.
func framedWidth(s string) (n int, ok bool) {
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c >= 0x20 && c <= 0x7e:
			n, i = n+1, i+1
		case c == 0x1b:
			if i = sgrEnd(s, i); i < 0 {
				return 0, false
			}
		default:
			if i = oneCellEnd(s, i); i < 0 {
				return 0, false
			}
			n++
		}
	}
	return n, true
}

// sgrEnd is the index past the SGR escape at s[i], or -1 where s[i] starts
// none (another escape, or one cut off).
func sgrEnd(s string, i int) int {
	if i+1 >= len(s) || s[i+1] != '[' {
		return -1
	}
	for j := i + 2; j < len(s); j++ {
		switch c := s[j]; {
		case c == 'm':
			return j + 1
		case c >= '0' && c <= '9', c == ';', c == ':':
		default:
			return -1
		}
	}
	return -1
}

// oneCellEnd is the index past the `·` (`a · b`) or `…` (a cut) at s[i],
// one cell each, or -1 where neither is there. A combining mark or joiner
// after one is none of framedWidth's bytes: the whole string goes to
// ansi.StringWidth.
func oneCellEnd(s string, i int) int {
	for _, r := range [...]string{"·", Ellipsis} {
		if strings.HasPrefix(s[i:], r) {
			return i + len(r)
		}
	}
	return -1
}
