package ui

import (
	"slices"

	"github.com/washboard/washboard/model"
)

// A paused Log holds still while its buffer rolls (ut26 S6: paused on a
// filter for five minutes, the 10,000 held records rolled over, the
// record the pause was on went from the list, which then started later,
// and `paused +N` counted down while records kept arriving). The page on
// screen is kept as a copy of its records (one page: bounded) each frame
// while they are held; once its top record has rolled out of the buffer,
// the kept page is shown as it was, and the border says how many records
// held at the pause have rolled out (rolledCount). `paused +N` counts what arrived
// since the pause (the filter's matches under a filter), so it only
// grows.

// pausedHold is what a paused Log keeps beside its ring positions.
type pausedHold struct {
	first   uint64         // the ring's first position at the pause
	scan    uint64         // the ring position fresh has counted arrivals up to
	fresh   int            // entries of the list (matches under a filter) arrived since the pause
	kept    []model.Record // the last page shown while its records were all held, oldest first
	keptAt  []uint64       // their ring positions
	earlier []bool         // per kept record: of an earlier log of its partition
}

// startHold starts a pause at the ring's view v (p.mark is v.end).
func (p *LogPane) startHold(v logView) {
	p.hold = pausedHold{first: v.first, scan: v.end}
}

// holdSnapshot counts, under the store's lock, the entries of v that
// arrived since the last frame after the pause, and the records held at
// the pause that have rolled out of the ring since; it says whether the
// page to show is the kept one (its top record rolled out).
func (p *LogPane) holdSnapshot(v logView) (kept bool) {
	h, f := &p.hold, &p.frame
	if from := max(p.mark, h.scan); from < v.end {
		h.fresh += v.n() - v.index(from)
	}
	h.scan = max(h.scan, v.end)
	f.fresh = h.fresh
	f.rolled = 0
	if gone := min(v.first, p.mark); gone > h.first {
		f.rolled = int(gone - h.first)
	}
	// The kept page starts at p.top, or below it where the bars took a row
	// since the pause and the page's top row gave way to keep the
	// selection on screen (ut28b V2: paused on the newest match under a
	// filter, the page then started one row below p.top, was never taken
	// for the kept one, and showed the oldest held matches, records that
	// arrived after the pause, once p.top rolled out).
	f.kept = p.hist == nil && len(h.kept) > 0 && p.top <= h.keptAt[0] && p.top < v.first
	return f.kept
}

// showKept puts the kept page in the frame, the selection on the kept
// record the cursor is on.
// page: the rows the bars leave, the first kept rows, or those ending
// at the selection.
func (p *LogPane) showKept(page int) {
	h, f := &p.hold, &p.frame
	sel := max(slices.Index(h.keptAt, p.cursor), 0)
	from := max(sel-page+1, 0)
	to := min(from+page, len(h.kept))
	f.recs = append(f.recs, h.kept[from:to]...)
	f.pos = append(f.pos, h.keptAt[from:to]...)
	f.earlier = append(f.earlier, h.earlier[from:to]...)
	f.sel = sel - from
	f.back = backMarks(f.back, f.recs)
}

// keep copies the page the frame shows while paused, for when it rolls
// out of the ring.
func (p *LogPane) keep() {
	h, f := &p.hold, &p.frame
	h.kept = append(h.kept[:0], f.recs...)
	h.keptAt = append(h.keptAt[:0], f.pos...)
	h.earlier = append(h.earlier[:0], f.earlier...)
}

// keptSelected is the kept record the cursor is on while the kept page
// shows.
func (p *LogPane) keptSelected() (model.Record, bool) {
	if p.follow || !p.frame.kept {
		return model.Record{}, false
	}
	if i := slices.Index(p.hold.keptAt, p.cursor); i >= 0 {
		return p.hold.kept[i], true
	}
	return model.Record{}, false
}

// rolledCount says, while paused on the kept page (its records rolled
// out of the full buffer), how many records held at the pause rolled
// out, for the border beside `paused +N new`, in one form at every size
// (`1,000 rolled out`; ut30 X5: `… · 50 rolled out, page kept` zoomed,
// `… · 50 rolled out` in the grid); "" while the page shown is still
// held, as nothing on screen changed. The border says it rather than a
// line above the list, which took the kept page's first row (ut29 W4:
// `@926` gone once the line came).
func (p *LogPane) rolledCount() string {
	f := &p.frame
	if p.follow || f.rolled == 0 || !f.kept || p.hist != nil {
		return ""
	}
	return count(f.rolled) + " rolled out"
}
