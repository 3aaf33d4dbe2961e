// Package draw holds washboard's reusable drawing pieces: bordered boxes,
// table column sizing, text fitting and cutting, one-line sparklines and
// the key help view. It knows nothing of Kafka or of washboard's store:
// it takes text, numbers and key bindings and returns text cells, so the
// panes in ui compose it and its tests stand alone.
//
// Text given to it must already be safe to print (escaped by the caller,
// as model.Printable does): draw measures and cuts, it never escapes.
package draw

import (
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// Ellipsis marks text cut to fit.
const Ellipsis = "…"

// Fit makes safe text exactly width cells wide: cut with an ellipsis when
// longer (never inside an escape: see Truncate), padded with spaces when
// shorter. s must already be Printable.
func Fit(s string, width int) string {
	if width <= 0 {
		return ""
	}
	if plainString(s) { // most cells: one byte, one cell, no escapes to skip
		switch {
		case len(s) > width:
			if keep := keepHead(s, width-1); keep < width-1 { // not inside an escape: padded after the ellipsis
				return s[:keep] + Ellipsis + strings.Repeat(" ", width-1-keep)
			}
			return s[:width-1] + Ellipsis
		case len(s) < width:
			return s + strings.Repeat(" ", width-len(s))
		}
		return s
	}
	return fitCells(s, width)
}

// fitCells is Fit measured in terminal cells: wide runes, styles.
func fitCells(s string, width int) string {
	w := Width(s)
	if w > width {
		s = Truncate(s, width, Ellipsis)
		w = Width(s)
	}
	if w < width {
		s += strings.Repeat(" ", width-w)
	}
	return s
}

// FitMiddle is Fit for names and keys: a cut keeps both ends ("washer-…03",
// "washboard-d…mo-2"), because the end is what tells washer-01 from
// washer-02 or one group from the next.
func FitMiddle(s string, width int) string {
	if width <= 0 {
		return ""
	}
	w := Width(s)
	if w <= width {
		return s + strings.Repeat(" ", width-w)
	}
	if width < 5 {
		return Fit(s, width)
	}
	head := keepHead(s, (width-1)/2) // a cut inside an escape moves before it, its cells to the end
	start := ansi.Truncate(s, head, "")
	tail := width - 1 - Width(start)
	end := TruncateLeft(s, w-tail, "")
	for drop := w - tail + 1; Width(end) > tail && drop < w; drop++ { // a wide rune across the cut: it goes
		end = TruncateLeft(s, drop, "")
	}
	out := start + Ellipsis + end
	if ow := Width(out); ow < width { // a wide rune did not split evenly
		out += strings.Repeat(" ", width-ow)
	}
	return out
}

// Clip cuts safe text to at most width cells, marking the cut, without padding.
func Clip(s string, width int) string {
	if width <= 0 {
		return ""
	}
	if Width(s) <= width {
		return s
	}
	return Truncate(s, width, Ellipsis)
}

// plainString reports whether s is printable ASCII only: one byte, one cell.
func plainString(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c > 0x7e {
			return false
		}
	}
	return true
}

// WrapHanging breaks safe text at spaces into lines of at most width
// cells; each line after the first is indented two cells past the text's
// own leading spaces (a hanging indent), so a wrapped note reads as one.
// A clause after a ` · ` that would break goes on the next line whole,
// from its `·`, where it fits there and that takes no more lines (ut42b-4:
// `· all terms must` then a lone `match`; help must still fit whole). A
// word wider than the room is left whole for the caller to cut.
func WrapHanging(s string, width int) []string {
	if width <= 0 || Width(s) <= width {
		return []string{s}
	}
	plain, whole := wrapHanging(s, width, false), wrapHanging(s, width, true)
	if len(whole) <= len(plain) {
		return whole
	}
	return plain
}

// wrapHanging is WrapHanging's wrap, keeping clauses whole or not.
func wrapHanging(s string, width int, clauses bool) []string {
	body := strings.TrimLeft(s, " ")
	hang := strings.Repeat(" ", min(len(s)-len(body)+2, width/2))
	var out []string
	line, lw, fresh := s[:len(s)-len(body)], len(s)-len(body), true
	clause := -1 // where on line the last ` · ` clause starts (its space), -1 for none
	for _, w := range strings.Split(body, " ") {
		ww := Width(w)
		switch {
		case fresh && w == "":
			continue // a run of spaces at a break
		case fresh:
		case lw+1+ww > width && clauses && clause > 0 && len(hang)+Width(line[clause+1:])+1+ww <= width: // the clause whole on the next line
			out = append(out, strings.TrimRight(line[:clause], " "))
			line = hang + line[clause+1:] + " "
			lw = Width(line)
			clause = -1
		case lw+1+ww > width:
			out = append(out, strings.TrimRight(line, " "))
			line, lw, clause = hang, len(hang), -1
			if w == "" {
				fresh = true
				continue
			}
		default:
			if w == "·" {
				clause = len(line)
			}
			line, lw = line+" ", lw+1
		}
		line, lw, fresh = line+w, lw+ww, false
	}
	return append(out, line)
}
