package ui

import (
	"slices"
	"unicode/utf8"

	"github.com/washboard/washboard/model"
	"github.com/washboard/washboard/ui/draw"
)

// A list whose names differ at very different places (`customer-…`,
// `fulfilment-…` at their first cell, `settlement.…eu-west-1.v3` and
// `…us-east-1.v3` at their 43rd) has no one cut that tells them all
// apart in a narrow column: namesApart's judgment then fell back to the
// middle, and the two settlement topics both read `sett…-1.v3` in the
// 80x24 grid's 15-cell Partitions column (ut31 Y12). A name whose middle
// cut could read as another's is then cut on its own, where it differs
// from the names nearest it: a cut that shows more of a name's start than
// it shares with any other name of the list, or more of its end, reads
// as no other name's cut, whatever way that one is cut (the ellipsis
// falls elsewhere, or the cells beside it differ). So each name that the
// column has the cells for reads apart from every other, and the names
// the middle serves keep it.

// nameEnds is the most cells a name shares with any other name of the
// list at its start (p) and at its end (q).
type nameEnds struct{ p, q int }

// shareEnds is, for every distinct name of items, the most cells it
// shares with another at its start and at its end: its neighbours in
// sorted order share the longest start, those in the order of the names
// read backwards the longest end (n log n for a list of thousands).
func shareEnds(items []cutItem) map[string]nameEnds {
	names := make([]string, 0, len(items))
	for _, it := range items {
		names = append(names, it.text)
	}
	slices.Sort(names)
	names = slices.Compact(names)
	out := make(map[string]nameEnds, len(names))
	for i := 1; i < len(names); i++ {
		a, b := names[i-1], names[i]
		p := commonStart(a, b)
		ea, eb := out[a], out[b]
		ea.p, eb.p = max(ea.p, draw.Width(a[:p])), max(eb.p, draw.Width(b[:p]))
		out[a], out[b] = ea, eb
	}
	rev := make([]string, len(names))
	back := make(map[string]string, len(names))
	for i, n := range names {
		r := reverseBytes(n)
		rev[i], back[r] = r, n
	}
	slices.Sort(rev)
	for i := 1; i < len(rev); i++ {
		a, b := back[rev[i-1]], back[rev[i]]
		q := commonEnd(a, b)
		ea, eb := out[a], out[b]
		ea.q, eb.q = max(ea.q, draw.Width(a[len(a)-q:])), max(eb.q, draw.Width(b[len(b)-q:]))
		out[a], out[b] = ea, eb
	}
	return out
}

// commonStart is the bytes a and b share at their start, whole runes.
func commonStart(a, b string) int {
	p := 0
	for p < len(a) && p < len(b) && a[p] == b[p] {
		p++
	}
	for p > 0 && p < len(a) && !utf8.RuneStart(a[p]) {
		p--
	}
	return p
}

// commonEnd is the bytes a and b share at their end, whole runes.
func commonEnd(a, b string) int {
	q := 0
	for q < len(a) && q < len(b) && a[len(a)-1-q] == b[len(b)-1-q] {
		q++
	}
	for q > 0 && !utf8.RuneStart(a[len(a)-q]) {
		q--
	}
	return q
}

// reverseBytes is s's bytes in reverse order (a key to sort by ends).
func reverseBytes(s string) string {
	b := []byte(s)
	slices.Reverse(b)
	return string(b)
}

// ownCut is name (nw cells) in w cells cut where it differs from the
// list's other names, the way chosen for least cells (shareEnds): in the
// middle where that shows more of its start or end than it shares with
// any name, else with the ellipsis moved the fewest cells from the middle
// that does (three cells kept at each end), else the end alone
// (`…west-1.v3`) or the start alone, else a window centred on where it
// first differs from the name nearest it (`…s.eu-w…`). A wider row
// (w over least) gives its cells to the end, so what told the name apart
// stays.
func (a *namesApart) ownCut(name string, nw, w, least int) string {
	e, ok := a.ends[name]
	if !ok || least < 7 {
		return fitCut(name, w, 0)
	}
	apart := func(head int) bool { return head > e.p || least-1-head > e.q }
	mid := (least - 1) / 2
	if apart(mid) {
		return fitCut(name, w, 0)
	}
	for d := 1; d <= mid; d++ {
		for _, h := range [2]int{mid - d, mid + d} { // more of the end first, as apartSearch
			if h >= 3 && least-1-h >= 3 && apart(h) {
				return fitCut(name, w, (w-1)/2-h)
			}
		}
	}
	switch {
	case least-1 > e.q: // the end alone
		return model.Ellipsis + draw.TruncateLeft(name, nw-(w-1), "")
	case least-1 > e.p: // the start alone
		return draw.Truncate(name, w-1, "") + model.Ellipsis
	}
	return windowCut(name, nw, w, e.p, e.p) // centred on where it differs
}
