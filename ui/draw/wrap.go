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
		case Width(cur+sep+part) <= width:
			cur += sep + part
		default:
			out = append(out, cur)
			cur = part
		}
		if Width(cur) > width { // a part wider than a line: wrapped alone, nothing cut
			out, cur = append(out, Wrap(cur, width)...), ""
		}
	}
	if cur != "" {
		out = append(out, cur)
	}
	return out
}

// Wrap breaks text into lines of at most width cells at its spaces: a
// word that does not fit the rest of a line starts the next one. A word
// over half a line (a long topic or group name) after a lone word of
// prose (no name boundary in it) goes on after it where a name boundary falls in the rest of its line (else it
// starts the next); a word longer than a whole line is broken at a name
// boundary (after a '-', '.', '_', '/' or '@', or before a '['; see
// nameBreak) as late as fits, and at a cell only where it has none, so
// nothing is cut away and nothing is added inside a name. Styles in the
// text are kept (cut by cells, ansi.Cut). Runs of spaces at a break are
// dropped; a line holds at least one cell's worth of text, so the result
// always ends.
func Wrap(s string, width int) []string {
	if width <= 0 {
		return nil
	}
	if Width(s) <= width {
		return []string{s}
	}
	var out []string
	line, lw := "", 0
	for _, word := range strings.Fields(s) {
		ww := Width(word)
		if lw > 0 && lw+1+ww <= width {
			line, lw = line+" "+word, lw+1+ww
			continue
		}
		if lw > 0 && ww > width/2 && !strings.ContainsAny(ansi.Strip(line), " -._/@[") {
			// a long name (over half a line) goes on after a lone word
			// of prose before it (not a name: a member's, in the
			// rebalance log, keeps the name after it whole), to a name
			// boundary in the rest of that line, rather than leaving the
			// word alone on its own (ut24a: "create" alone above a long
			// quoted name)
			if hw := goOnBreak(word, width-lw-1, width); hw > 0 {
				head := ansi.Cut(word, 0, hw)
				hw = Width(head)
				out = append(out, line+" "+head)
				word, ww = ansi.Cut(word, hw, ww), ww-hw
				line, lw = "", 0
			}
		}
		if lw > 0 { // the word does not fit the rest of the line: it starts the next
			out = append(out, line)
			line, lw = "", 0
		}
		if ww > width { // a word longer than a line: broken at a name boundary
			var heads []string
			heads, word = breakLong(word, width, nameBreak)
			out, ww = append(out, heads...), Width(word)
		}
		line, lw = word, ww
	}
	if lw > 0 {
		out = append(out, line)
	}
	return out
}

// nameBreak is where a word longer than width cells breaks, in cells from
// its start: the latest name boundary within width (after a '-', '.', '_',
// '/' or '@', or before a '[', so "orders-eu-west-1[0,1,2]" reads
// "orders-eu-west-1" / "[0,1,2]"), else width itself (a hard break). A
// member named client@host breaks after its '@' where the host then
// fits a line whole ("rdkafka@" / "ip-10-0-3-17.eu-west-1.compute",
// never inside the host after one of its '-').
func nameBreak(word string, width int) int {
	if b := nameBoundary(word, width); b > 0 {
		return b
	}
	if keep := keepHead(word, width); keep > 0 { // a hard break, before an escape it would split
		return keep
	}
	return width
}

// goOnBreak is where a name longer than a line breaks to go on after a
// word in the room left on that word's line: nameBoundary's, but a
// member's client@host only after its '@' (its host whole on the next
// line, as nameBreak keeps it), 0 when there is none.
func goOnBreak(word string, room, width int) int {
	plain := ansi.Strip(word)
	if i := strings.LastIndex(plain, "@"); i >= 0 && Width(plain[i+1:]) <= width {
		if at := Width(plain[:i+1]); at <= room {
			return at
		}
		return 0
	}
	return nameBoundary(word, room)
}

// nameBoundary is nameBreak's name boundary within width cells, 0 when
// the word has none there.
func nameBoundary(word string, width int) int {
	if width <= 0 {
		return 0
	}
	best, at, host, slash := 0, 0, 0, 0
	for _, r := range ansi.Strip(word) {
		if r == '[' && at > 0 && at <= width {
			best = at
		}
		at += Width(string(r))
		if at > width {
			break
		}
		switch r {
		case '-', '.', '_':
			best = at
		case '/':
			best, slash = at, at
		case '@':
			best, host = at, at
		}
	}
	if host > 0 && Width(word)-host <= width {
		return host
	}
	if slash > 0 && Width(word)-slash <= width { // a path breaks after its last directory where its file name then fits whole (ut31 Y5: `….` / `ndjson`)
		return slash
	}
	return best
}
