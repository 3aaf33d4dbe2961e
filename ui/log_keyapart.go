package ui

import (
	"strings"

	"github.com/charmbracelet/x/ansi"

	"github.com/washboard/washboard/model"
	"github.com/washboard/washboard/ui/draw"
)

// keyApartGrow is the most cells the key column widens past its held
// width (keyHeld) to tell the keys on screen apart: a burst's long keys
// are cut to the part where they differ (`…001-merchant-0246…`) rather
// than given the cells every row's value starts after (ut25b R9, R14).
const keyApartGrow = 8

// keyCut is where a key wider than its column is cut: once, in the
// middle moved by shift (fitCut), or, window, to the cells from froms[key]
// on between two ellipses (fitWindow; a key not in froms in the middle), the part where it differs from
// the keys on screen it shares its start with.
type keyCut struct {
	shift  int
	window bool
	froms  map[string]int
}

// fit is key s cut to width cells as c says.
func (c keyCut) fit(s string, width int) string {
	if from, ok := c.froms[s]; c.window && ok {
		return fitWindow(s, width, from)
	}
	return fitCut(s, width, c.shift)
}

// fitWindow fits safe plain text s in width cells as the cells from from
// on, an ellipsis before them (unless from is 0) and after them (unless
// they reach the end of s); a window past the end of s moves back to
// end with it. Neither end of the window falls inside an escape: the
// window starts after it and ends before it, padded to width.
func fitWindow(s string, width, from int) string {
	sw := draw.Width(s)
	if sw <= width || width < 5 {
		return draw.FitMiddle(s, width)
	}
	from = max(from, 0)
	lead := boolInt(from > 0)
	room := width - 1 - lead
	if from+room >= sw { // the window reaches the end: one ellipsis, before it
		from, room, lead = sw-(width-1), width-1, 1
	}
	start, end := from, from+room
	if lead == 1 && from+room >= sw {
		end = sw
	}
	if strings.Contains(s, `\`) {
		units := escapeUnits(s)
		start = safeStart(units, start)
		end = safeHead(units, end)
		// the cells an escape took from one end go to the other, up to
		// its next escape boundary (ut30 X13)
		if spare := start + room - end; spare > 0 && end < sw {
			if sw-start <= room+1 { // to the end: the trailing ellipsis's cell too
				end = sw
			} else {
				end = max(end, safeHead(units, min(end+spare, sw-1)))
			}
		}
		if spare := start + room - end; spare > 0 && lead == 1 && end < sw {
			start = min(start, safeStart(units, max(start-spare, 1)))
		}
	}
	out := ansi.Cut(s, start, max(end, start))
	if lead == 1 {
		out = model.Ellipsis + out
	}
	if end < sw {
		out += model.Ellipsis
	}
	if ow := draw.Width(out); ow < width {
		out += strings.Repeat(" ", width-ow)
	}
	return out
}

// keysFirstDiff is the cell at which a and b first differ (the end of the
// shorter when one starts the other), or -1 when they are the same.
func keysFirstDiff(a, b string) int {
	if a == b {
		return -1
	}
	cells := 0
	ra, rb := []rune(a), []rune(b)
	for i := 0; i < len(ra) && i < len(rb); i++ {
		if ra[i] != rb[i] {
			return cells
		}
		cells += draw.Width(string(ra[i]))
	}
	return cells
}

// sameStart is the fewest cells two keys share at their start for one
// to be cut to where it differs from the other (diffSpans): keys that
// differ sooner read apart by their windows' own text.
const sameStart = 3

// diffSpans is, per different key longer than width, the cells [lo, hi]
// in which it first differs from each key longer than width it shares
// sameStart cells or more with: a window over them tells it apart from
// each. Keys sharing a start share the span (widened to every one's).
// Keys sharing no such start with another are not in it.
func diffSpans(keys []string, width int) map[string][2]int {
	var long []string
	seen := map[string]bool{}
	for _, k := range keys {
		if draw.Width(k) > width && !seen[k] {
			seen[k] = true
			long = append(long, k)
		}
	}
	spans := map[string][2]int{}
	widen := func(k string, d int) {
		sp, ok := spans[k]
		if !ok {
			sp = [2]int{d, d}
		}
		spans[k] = [2]int{min(sp[0], d), max(sp[1], d)}
	}
	var kin [][2]string
	for i := range long {
		for j := i + 1; j < len(long); j++ {
			if d := keysFirstDiff(long[i], long[j]); d >= sameStart {
				widen(long[i], d)
				widen(long[j], d)
				kin = append(kin, [2]string{long[i], long[j]})
			}
		}
	}
	// keys sharing a start share one span, so their windows line up
	for range 2 {
		for _, p := range kin {
			a, b := spans[p[0]], spans[p[1]]
			u := [2]int{min(a[0], b[0]), max(a[1], b[1])}
			spans[p[0]], spans[p[1]] = u, u
		}
	}
	return spans
}

// windowAt is the start of a window of width cells (two ellipses
// around it) centred on the cells [lo, hi], and whether they fit in it.
func windowAt(lo, hi, width int) (from int, ok bool) {
	room := width - 2
	span := hi - lo + 1
	return max(lo-max(room-span, 0)/2, 0), span <= room
}

// windowApart reports whether keys, cut to width by c, read differently
// wherever they differ.
func windowApart(keys []string, width int, c keyCut) bool {
	shown := make(map[string]string, len(keys))
	for _, k := range keys {
		s := c.fit(k, width)
		if o, ok := shown[s]; ok && o != k {
			return false
		}
		shown[s] = k
	}
	return true
}

// keyWindows is the window width that shows every key's span (spans),
// and each key's window start, centred on its span, in that width.
func keyWindows(spans map[string][2]int, least int) (int, map[string]int) {
	w := least
	for _, sp := range spans {
		w = max(w, sp[1]-sp[0]+1+2)
	}
	froms := make(map[string]int, len(spans))
	for k, sp := range spans {
		froms[k], _ = windowAt(sp[0], sp[1], w)
	}
	return w, froms
}

// keyApart is the key column's width, from keyW (its held width) up to
// most, and the cut that tells the different keys of cells apart: a cut
// in the middle, moved towards where they differ (apartCut), in the
// fewest cells up to most that does; else each key cut to a window over
// the cells where it differs from the keys it shares its start with
// (fitWindow: `…001-merchant-0246…`), where that fits in most cells;
// else such windows of most cells from where the keys first differ,
// which tell most of them apart.
func keyApart(cells []logCell, keyW, most int) (int, keyCut) {
	most = max(most, keyW)
	items := make([]cutItem, len(cells))
	keys := make([]string, len(cells))
	for i, c := range cells {
		items[i], keys[i] = cutItem{text: c.key}, c.key
	}
	items = distinctItems(items)
	if w, shift, ok := apartSearch(items, keyW, leastApart(items), most); ok {
		return w, keyCut{shift: shift}
	}
	spans := diffSpans(keys, keyW)
	if len(spans) == 0 { // no two long keys alike: nothing to tell apart
		return keyW, keyCut{}
	}
	win, froms := keyWindows(spans, keyW)
	wc := keyCut{window: true, froms: froms}
	if win <= most && windowApart(keys, win, wc) {
		return win, wc
	}
	return most, keyCut{window: true, froms: bestWindows(keys, spans, most)}
}

// bestWindows is each key's window start, in windows of width cells too
// narrow to show its whole span: the window moved over the span, the
// keys of one start together, to where the most different keys read
// apart (the first such, from the span's start): keys that differ in a
// batch digit and then a merchant number read apart by the number.
func bestWindows(keys []string, spans map[string][2]int, width int) map[string]int {
	at := func(d int) map[string]int {
		froms := make(map[string]int, len(spans))
		for k, sp := range spans {
			c := min(sp[0]+d, sp[1])
			froms[k], _ = windowAt(c, c, width)
		}
		return froms
	}
	reads := func(froms map[string]int) int {
		c := keyCut{window: true, froms: froms}
		shown := map[string]bool{}
		for _, k := range keys {
			shown[c.fit(k, width)] = true
		}
		return len(shown)
	}
	reach := 0
	for _, sp := range spans {
		reach = max(reach, sp[1]-sp[0])
	}
	best, bestN := at(0), 0
	for d := 0; d <= reach; d++ {
		froms := at(d)
		if n := reads(froms); n > bestN {
			best, bestN = froms, n
		}
	}
	return best
}
