package draw

import (
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// Cuts never fall inside an escape washboard writes for a byte it does
// not show as itself (model.Printable: `\x1b`, `\u202e`, `\U0001f3fd`,
// `\n`, and `\\` for a backslash the text holds): a cut there left
// `\u202…` or `\x1…`, which name no character (a user test, ut22b N9). A
// cut that would fall inside one falls before it where the text's start
// is kept, after it where its end is; the cell that frees is padding, or
// goes to the other end of a middle cut.

// escapeCells is where the escapes of safe text s are, in cells of s
// (styles aside): [from, to) pairs, in order; nil when s has no
// backslash, the common case, which costs one scan.
func escapeCells(s string) [][2]int {
	if strings.IndexByte(s, '\\') < 0 {
		return nil
	}
	plain := ansi.Strip(s)
	var out [][2]int
	at, last := 0, 0 // the cell at byte last of plain
	for i := 0; i < len(plain); {
		if plain[i] != '\\' {
			i++
			continue
		}
		n := escapeLen(plain[i:])
		if n < 2 {
			i++
			continue
		}
		at += Width(plain[last:i]) // a backslash starts a grapheme: the text before it measures alone
		out = append(out, [2]int{at, at + n})
		at += n
		i += n
		last = i
	}
	return out
}

// escapeLen is the length of the escape s starts with (one byte, one
// cell each: escapes are ASCII), or 0 when s does not start with one.
func escapeLen(s string) int {
	if len(s) < 2 || s[0] != '\\' {
		return 0
	}
	digits := 0
	switch s[1] {
	case '\\', 'n', 'r', 't':
		return 2
	case 'x':
		digits = 2
	case 'u':
		digits = 4
	case 'U':
		digits = 8
	default:
		return 0
	}
	if len(s) < 2+digits {
		return 0
	}
	for _, c := range []byte(s[2 : 2+digits]) {
		if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F') {
			return 0
		}
	}
	return 2 + digits
}

// keepHead is the most cells, at most w, of s's start a cut keeps without
// ending inside an escape.
func keepHead(s string, w int) int {
	for _, e := range escapeCells(s) {
		if e[0] >= w {
			break
		}
		if w < e[1] {
			return e[0]
		}
	}
	return w
}

// dropHead is the fewest cells, at least n, of s's start a cut drops
// without starting inside an escape.
func dropHead(s string, n int) int {
	for _, e := range escapeCells(s) {
		if e[0] >= n {
			break
		}
		if n < e[1] {
			return e[1]
		}
	}
	return n
}

// Truncate is ansi.Truncate that never ends inside an escape: s cut to at
// most w cells, tail (an ellipsis, or "") marking the cut. It may be
// narrower than w: a caller that needs w cells pads.
func Truncate(s string, w int, tail string) string {
	if Width(s) <= w {
		return s
	}
	keep := max(w-Width(tail), 0)
	return ansi.Truncate(s, keepHead(s, keep), "") + tail
}

// TruncateLeft is ansi.TruncateLeft that never starts inside an escape:
// s without its first n cells (more where the n-th is inside an escape),
// prefix marking the cut.
func TruncateLeft(s string, n int, prefix string) string {
	return ansi.TruncateLeft(s, dropHead(s, n), prefix)
}

// Cut is ansi.Cut that never cuts an escape: the cells from left to
// right of s, less an escape either end falls inside.
func Cut(s string, left, right int) string {
	return ansi.Cut(s, dropHead(s, left), max(keepHead(s, right), dropHead(s, left)))
}
