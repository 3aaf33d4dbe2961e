package ui

import (
	"slices"

	"github.com/charmbracelet/x/ansi"

	"github.com/washboard/washboard/model"
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
	list, longest := widths[0], 0
	for i := range f.d.rows {
		longest = max(longest, len(f.d.rows[i].key))
	}
	least := list
	if n := p.recentShown(&f.d); n > 0 {
		if _, keyW, room := p.changeParts(f.d.recent[:n], f.now); keyW > room && room >= minChangeKey {
			least = min(least, room)
			if room < list && longest > list { // both cut: to one width
				list = room
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
	if f.shared != nil && !f.shared[key] && ansi.StringWidth(key) > w && (f.cut.w == 0 || w < f.cut.w) {
		return fitCut(key, w, 0)
	}
	return f.cut.cut(key, w, w)
}
