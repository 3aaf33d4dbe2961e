package ui

import (
	"slices"
	"strings"

	"github.com/washboard/washboard/model"
	"github.com/washboard/washboard/ui/draw"
)

// judgeKeys settles, in Snapshot, the key list's key column (f.keyW) and
// where keys are cut (f.cut): where the view's keys differ, judged over
// every key, the filter and the cursor aside, as the Log cuts keys and
// Machines its ids (ut28a U7: four keys
// `card-holder-000N-authorisation-request-key-for-region-eu-west-ut28a`
// read `card-hol…st-ut28a` on every row at 120x30). Where the latest
// changes above the list cut their keys narrower than the list would,
// the list takes their width, so a key is cut alike in both (ut28a U9).
func (p *StatusPane) judgeKeys(f *statusFrame) {
	f.keyW, f.cut = 0, namesApart{}
	if len(f.d.rows) == 0 {
		return
	}
	_, widths := p.listHeads(&f.d)
	list, longest := widths[0], f.d.keyW
	least := list
	if n := p.recentShown(&f.d); n > 0 {
		if _, keyW, room := p.changeParts(&f.d.view, f.d.recent[:n], f.now); keyW > room && room >= minChangeKey {
			least = min(least, room)
			if room < list && longest > list { // both cut: to one width
				f.listKeyW, list = list, room
			}
		}
	}
	p.names = p.names[:0]
	for _, k := range p.order {
		if len(k) > least || !plainASCII(k) { // a shorter plain key is never cut: no copy per frame
			p.names = append(p.names, model.PrintableString(k))
		}
	}
	same := p.apart.least == least && slices.Equal(p.apart.names, p.names)
	p.apart.judge(p.names, least)
	if !same && p.apart.hi-p.apart.lo+1 > least-2 { // names of other starts aside (sharedWindow)
		p.shared = nil
		if lo, hi, shared, ok := sharedWindow(p.names, least); ok {
			p.apart.lo, p.apart.hi, p.shared = lo, hi, shared
		}
	} else if !same {
		p.shared = nil
	}
	f.keyW, f.cut, f.shared = list, p.apart.cutOnly(), p.shared
	p.narrowKeys(f, widths)
}

// narrowKeys cuts the key list's keys under 8 cells, to a window of the
// cells where they differ (`…02-a…`), where that keeps a status whole
// that 8-cell keys would cut (the 80x24 grid's 30-cell box:
// REVIEW_BY_ANALYST read REVIEW_BY_ANAL…); judged again at that width,
// and left at 8 where the window does not fit it after all.
func (p *StatusPane) narrowKeys(f *statusFrame, widths []int) {
	statusW := 0
	for i := range f.d.rows {
		statusW = max(statusW, len(f.d.rows[i].status))
	}
	a := &p.apart
	if widths[0] > 8 || widths[1] >= statusW || a.hi < a.lo || p.shared != nil || f.keyW > 0 && f.keyW < widths[0] {
		return
	}
	least := max(a.hi-a.lo+3, 6)
	if least >= widths[0] {
		return
	}
	f.keyLeast = least
	_, narrow := p.listHeads(&f.d)
	b := &p.narrow
	b.judge(p.names, narrow[0])                                             // kept while the keys and the width stay
	if narrow[0] >= widths[0] || b.hi < b.lo || b.hi-b.lo+1 > narrow[0]-2 { // no window in them after all
		f.keyLeast = 0
		return
	}
	f.keyW, f.cut = narrow[0], b.cutOnly()
}

// plainASCII reports whether s is printable ASCII, one cell a byte.
func plainASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 0x20 || s[i] > 0x7e {
			return false
		}
	}
	return true
}

// cutKey is a key in w cells, cut where the keys differ: as namesApart
// cuts it, except where the window is the shared-start keys' only
// (sharedWindow), which a key of another start is not cut to.
func (f *statusFrame) cutKey(key string, w int) string {
	if f.shared != nil && !f.shared[key] && draw.Width(key) > w && (f.cut.w == 0 || w < f.cut.w) {
		return fitCut(key, w, 0)
	}
	return f.cut.cut(key, w, w)
}

// listKey is a key of the list in w cells where the latest changes cut
// keys to fewer, keyW (judgeKeys): the change lines' cut, its end taking
// the cells the list has over them (`card-holder-0000-autho…-key-for-…`
// where a change reads `card-holder-0000-autho…ey-for-…`), so a key reads
// alike in both and the list's rows do not end in blank cells; a cut of
// another shape (between two ellipses) is kept at keyW.
func (f *statusFrame) listKey(key string, keyW, w int) string {
	c := f.cutKey(key, keyW)
	if w <= keyW || c == key {
		return c
	}
	head, _, ok := strings.Cut(c, model.Ellipsis)
	if !ok || head == "" || strings.HasSuffix(c, model.Ellipsis) || strings.Count(c, model.Ellipsis) != 1 || strings.Contains(key, model.Ellipsis) {
		return c
	}
	kw := draw.Width(key)
	tail := w - draw.Width(head) - 1
	if tail <= 0 || draw.Width(head)+tail >= kw {
		return c
	}
	return head + model.Ellipsis + draw.TruncateLeft(key, kw-tail, "")
}
