package ui

import (
	"slices"

	"github.com/washboard/washboard/model"
	"github.com/washboard/washboard/ui/draw"
)

// statusListWidths sizes a status view's key list (key, status, since,
// seen) for a pane room cells wide. The key and status are as wide as the
// longest of them (keyW, statusW: every listed row, so a scroll does not
// move the columns) and at least their titles, since and seen as an age
// or their titles; the room left stays at the end instead of pushing the
// times away (ut14b B5: a 14-cell name column for 9-letter names while
// seen was dropped). Too wide, the key's title gives way to the content
// first, then the key's content before the status title (unless that
// title has a short form, short: a partition view's `part`), then the
// status title to its content, then the key's content (down to 8 cells,
// cut where the keys differ) and then seen before a status is cut, then
// the longer of key and status is cut (down to 8 and 6 cells) so one
// long name does not cut every status nor one long status every name,
// then seen goes, and last the key takes what is left. A dropped column
// is 0.
//
// keyLeast, under 8, is fewer cells the keys still read apart in (a
// window of the cells where they differ): a key goes down to it before
// a status is cut (the 80x24 grid's 30-cell box cut REVIEW_BY_ANALYST
// by 3 cells beside 8-cell keys of which 6 told them apart).
func statusListWidths(room int, titles []string, keyW, statusW int, short bool, keyLeast int) []int {
	tw := func(i int) int { return draw.Width(titles[i]) }
	w := []int{max(keyW, tw(0)), max(statusW, tw(1)), max(tw(2), ageWidth), max(tw(3), ageWidth)}
	over := func() int { return draw.RowWidth(w) - room }
	// The key's title gives way to its content (it has a short form, id);
	// the key's content is cut (to 8 cells) before the status title is: a
	// heading is never cut while another column has cells to give (ut24a
	// P17: `decisi…` beside a 59-cell key column, cut anyway).
	w[0] -= max(min(over(), w[0]-max(keyW, min(tw(0), 4))), 0)
	if statusW < tw(1) && !short {
		w[0] -= max(min(over(), w[0]-8), 0)
	}
	w[1] -= max(min(over(), w[1]-max(statusW, min(tw(1), 4))), 0)
	// A long key is cut (to 8 cells, where the keys differ: keyCut) and
	// last seen goes before a status is cut: the status is what the view
	// is for (ut28a U7: `REVIEW_B…` at 80x24 while since and seen, both
	// `now`, kept 11 cells).
	w[0] -= max(min(over(), w[0]-8), 0)
	if over() > 0 && w[1] > max(tw(1), 6) {
		w[3] = 0
	}
	if keyLeast > 0 && keyLeast < 8 && w[1] > 6 {
		w[0] -= max(min(over(), w[0]-keyLeast), 0)
	}
	for over() > 0 && (w[0] > 8 || w[1] > 6) {
		if w[0] >= w[1] && w[0] > 8 || w[1] <= 6 {
			w[0]--
		} else {
			w[1]--
		}
	}
	if over() > 0 {
		w[3] = 0
	}
	if n := over(); n > 0 {
		w[0] = max(w[0]-n, 1)
	}
	return w
}

// listWidths sizes the key list for its content: every key of the view,
// the filter aside, so typing a filter moves no column (ut43a-3), bytes
// for cells as the Machines ids (a wider name is only cut).
func (p *StatusPane) listWidths(d *statusData, titles []string) []int {
	return statusListWidths(p.w, titles, d.keyW, d.statusW, d.view.Status == model.PartitionStatus, p.frame.keyLeast)
}

// summaryLines is the compact per-status summary, "north 3 · south 5",
// in at most rows lines of the pane's width,
// broken between statuses; where even they cannot hold it, the last says
// how many statuses are left out (`… +2 more`) rather than being cut mid-
// status (ut27 T8: `site-0 8 · … · s…` at 120x30 beside free rows).
func (p *StatusPane) summaryLines(v *model.TopicView, stats []statusStat, rows int) []string {
	parts := p.summaryParts(v, stats)
	lines := draw.WrapParts(parts, " · ", p.w)
	if len(lines) <= rows || rows <= 0 {
		return lines
	}
	for n := len(parts) - 1; n >= 0; n-- { // the first n statuses and a count of the rest
		more := p.c.Styles.Dim.Render("… +" + itoa(len(parts)-n) + " more")
		if got := draw.WrapParts(append(slices.Clone(parts[:n]), more), " · ", p.w); len(got) <= rows {
			return got
		}
	}
	return lines[:rows]
}

// summaryParts is each status the view has seen, with its count now
// (0 for none, as the zoomed table keeps its row). In a
// view that names its values (Students: 0 LoggedIn, 1 LoggedOut), a
// value outside the names is said as the field and its value after the
// named ones, "LoggedIn 19 · LoggedOut 21 · State 7: 1", so a stray
// number does not read as a count (ut14b B37).
func (p *StatusPane) summaryParts(v *model.TopicView, stats []statusStat) []string {
	var named, other []string
	for _, s := range stats {
		// a status with no key now stays, said `0`: dropped, every count
		// after it moved left and back as keys came and went (ut36a-26)
		n := p.c.Styles.Accent.Render(count(s.now))
		if len(v.Enum) > 0 && !enumName(v.Enum, s.name) {
			other = append(other, statusHeading(v)+" "+model.PrintableString(s.name)+": "+n)
			continue
		}
		named = append(named, statusName(v, s.name)+" "+n)
	}
	return append(named, other...)
}

// enumName reports whether name is one of the enum's names.
func enumName(enum map[string]string, name string) bool {
	for _, n := range enum {
		if n == name {
			return true
		}
	}
	return false
}
