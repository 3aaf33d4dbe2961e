package ui

import (
	"time"

	"github.com/charmbracelet/x/ansi"

	"github.com/washboard/washboard/model"
	"github.com/washboard/washboard/ui/draw"
)

// machineWant is what the Machines columns' content needs: the program
// (status, at least its title), each field's values and title (per field,
// in the view's order; a long title gives way to the values when the
// pane is short) and the last-seen age.
type machineWant struct {
	status int // up to maxStatus
	// statusWhole is the longest status of at most maxStatus cells, when
	// a longer one (cut anyway) is seen: the width that keeps every other
	// program whole (machineLayout); 0 when every program can be whole.
	statusWhole int
	// statusAll is the longest status uncut: the status column grows to it
	// from what the sparklines leave once they show the whole window.
	statusAll int
	value     []int
	// idLeast is the fewest cells the id is cut to, when more than
	// minCutID: the id column's held width (idHeld).
	idLeast int
	// mark is, per field, the held width of its values with their level
	// markers (seriesWidest.cell), in which each value is right-aligned
	// (markedLayout, markCell).
	mark  []int
	title []int
	seen  int
	// seenLeast is last seen's width while no machine is stale (its
	// heading and an age), 0 when one is: the room it keeps for `stale
	// 59s` that the id may take (machineLayout).
	seenLeast int
	// idWhole is the longest id of at most maxWholeID cells, when some id
	// is longer (that one is cut anyway): the width that keeps every
	// other id whole (machineLayout); 0 when every id can be whole.
	idWhole int
	// idApart is the fewest cells in which the ids on screen, longer
	// than maxWholeID, read differently (apartCut), 0 when maxWholeID
	// does: the id takes it before the sparklines grow past minSpark
	// (ut18b G8: five ids read `settlement-…iliation-key`).
	idApart int
}

// maxWholeID is the widest the id column is kept whole before sparklines
// are drawn; a longer id is cut in the middle.
const maxWholeID = 24

// maxStatus is the widest a status column grows for a long program name.
const maxStatus = 18

// minProgram is the fewest cells a program is cut to before its column
// goes: five letters and the ellipsis.
const minProgram = 6

// leastProgram is the fewest cells a program is cut to, with the id cut
// too, before its column goes: its first letter, the ellipsis and its
// last two (`q…15`, `d…ow`), which tell the demo's programs apart
// (cutProgram).
const leastProgram = 4

// seriesWidest is the widest each Machines column has needed of late:
// the layout is sized from it, not from the rows of one frame, so the
// columns hold still as values come and go (ut34a-25: the 80x24 grid
// re-laid out twice in 25 s with no input as warnings came and went). A
// width is held for memoKeep after the last frame that needed it, the
// Log's rule, then given back: held for the session, a `!!` heat seen once
// kept 4 blank cells on every row twenty minutes on while both avro ids
// and every program were cut (ut43a-20). It is forgotten when the view's
// fields change; Snapshot keeps it.
type seriesWidest struct {
	labels []string // the fields it was measured for
	status heldWidth
	// statusWhole is the longest status of at most maxStatus cells.
	statusWhole heldWidth
	value       []heldWidth
	// cell is, per field, the widest value with its level marker
	// (`!!97.1°C`) a row the frame may draw has had: the column's
	// content width. The values are right-aligned in it (markCell), so a
	// marker sits in the leading blank of a value narrower than the
	// widest (`!85.2°C` over `100.3°C`) and costs a cell only where a
	// marked value is the widest; held room for `!!` that no row needs
	// cut the program to `dr…te` (ut42a-1, ut42a-7).
	cell []heldWidth
	// stale says a machine of the view has been stale: last seen keeps
	// its room for `stale 59s` from then on.
	stale bool
	seen  heldWidth
	// id is the widest the id column has been drawn at pane width idAt
	// (heldIDLayout): held for the session at that width.
	id, idAt int
}

// heldWidth is a column's width as a frame's rows need it, held for
// memoKeep after the last frame that needed it, so the column does not
// step as values come and go, and gives its cells back after a quiet
// minute (the header's parts).
type heldWidth struct {
	w  int
	at time.Time // when a frame last needed w
}

// note folds a frame's width n in at now: a wider one is taken at once,
// an equal one renews w, a narrower one replaces w once no frame has
// needed w for memoKeep.
func (h *heldWidth) note(n int, now time.Time) {
	if n >= h.w || now.Sub(h.at) > memoKeep {
		h.w, h.at = n, now
	}
}

// ageWidth is the widest an age (format.go's age) prints up to 99 days:
// "now", "59s", "59m", "47h", "99d". Shorter ages keep the width, so the
// last-seen column does not step as machines report.
const ageWidth = 3

// contentWidths measures the copied rows' cells as rowLine prints them and
// folds them into the pane's widest (held for memoKeep: seriesWidest):
// values as wide as the widest printed, and the level marker's room once
// a machine of t has had a marker on the field, the program as the longest seen (up to maxStatus), last seen
// as wide as `stale` and an age, which any machine may show next
// (anyStale: one of the view's machines is stale now). p.table holds the
// rows the frame may draw.
func (p *SeriesPane) contentWidths(t *model.SeriesTable, view *model.TopicView, decimals []int, now time.Time, anyStale bool) machineWant {
	wd := &p.widest
	if !sameLabels(wd.labels, view.Fields) {
		*wd = seriesWidest{value: make([]heldWidth, len(view.Fields)), cell: make([]heldWidth, len(view.Fields))}
		for j := range view.Fields {
			wd.labels = append(wd.labels, view.Fields[j].Label)
		}
	}
	wd.stale = wd.stale || anyStale
	// this frame's widths
	label := draw.Width(p.statusLabel) + 1
	status, statusWhole := label, min(label, maxStatus)
	seenW := max(len("seen▼"), len("stale ")+ageWidth)
	value, cell := make([]int, len(view.Fields)), make([]int, len(view.Fields))
	for j := range value {
		value[j], cell[j] = 1, 1
	}
	titles := make([]int, len(view.Fields))
	for j := range view.Fields {
		titles[j] = draw.Width(model.PrintableString(view.Fields[j].Label)) + 1 // and ▼
	}
	for i := range p.table {
		m := &p.table[i]
		sw := draw.Width(model.PrintableString(m.status))
		status = max(status, sw)
		if sw <= maxStatus {
			statusWhole = max(statusWhole, sw)
		}
		seen := age(now, m.seen)
		if m.stale {
			seen = "stale " + seen
		}
		seenW = max(seenW, len(seen))
		for j := range view.Fields {
			if m.vi+j < len(p.vals) && j < len(decimals) {
				f := &view.Fields[j]
				v := p.vals[m.vi+j]
				vw := draw.Width(f.FormatDecimals(v, decimals[j]))
				value[j], cell[j] = max(value[j], vw), max(cell[j], vw+len(levelMark(f.LevelOf(v))))
			}
		}
	}
	// held for memoKeep after the last frame that needed it
	wd.status.note(status, now)
	wd.statusWhole.note(statusWhole, now)
	wd.seen.note(seenW, now)
	out := machineWant{status: min(wd.status.w, maxStatus), statusAll: wd.status.w, value: make([]int, len(view.Fields)), title: titles, seen: wd.seen.w, mark: make([]int, len(view.Fields))}
	for j := range view.Fields {
		wd.value[j].note(value[j], now)
		wd.cell[j].note(cell[j], now)
		out.value[j], out.mark[j] = wd.cell[j].w, wd.cell[j].w
	}
	if wd.status.w > maxStatus {
		out.statusWhole = wd.statusWhole.w
	}
	if !wd.stale {
		out.seenLeast = max(draw.Width(p.mark("seen", len(view.Fields)+1)), ageWidth) // `seen▼` sorted by it, else `seen`
	}
	return out
}

// sameLabels reports whether labels are the fields' labels, in order.
func sameLabels(labels []string, fields []model.Field) bool {
	if len(labels) != len(fields) {
		return false
	}
	for j := range fields {
		if labels[j] != fields[j].Label {
			return false
		}
	}
	return true
}

// anyStatus reports whether a copied row has a status (a program).
func (p *SeriesPane) anyStatus() bool {
	for i := range p.table {
		if p.table[i].status != "" {
			return true
		}
	}
	return false
}

// machineCols is the Machines table's column widths for a pane width;
// fields is how many of the view's metrics are shown (the first ones),
// value their widths.
type machineCols struct {
	key, status, spark, seen, fields int
	// sparks is how many of the first fields have a sparkline, spark
	// cells wide: all of them, or those that fit at tinySpark cells.
	sparks int
	value  []int
	// keyShift moves the cut of an id wider than key (fitCut) to where
	// the ids on screen read differently (ut18b G8: five keys
	// `settlement-batch-merchant-account-0000N-reconciliation-key` all
	// read `settlement-…iliation-key`).
	keyShift int
	// keyWindow is the first and last cell where the ids differ, for a
	// cut between two ellipses (idsWindow) of the ids in windowed: where
	// keyShift's cut cannot tell them apart.
	keyWindow [2]int
	windowed  map[string]bool
	// mark is, per field, the cells of its column its values and level
	// markers are right-aligned in (markCell; markedLayout).
	mark []int
}

// sparkW is field j's sparkline width: 0 for a field without one.
func (c machineCols) sparkW(j int) int {
	if j < c.sparks {
		return c.spark
	}
	return 0
}

// minSpark is the narrowest every sparkline is drawn before a column is
// cut or dropped for them; tinySpark the narrowest one is drawn in cells
// that would otherwise stay blank at the row's end (ut15b C1).
const (
	minSpark  = 5
	tinySpark = 3
)

// minTitle is the fewest cells a metric's title is cut to while its
// values are narrower: a few letters and the ellipsis still name it.
const minTitle = 5

// machineLayout sizes the Machines table for a pane w cells wide, ids up to
// keyW, the columns' content want and a window of maxSpark buckets. The
// id comes first (ut16a D12: `avro-w…her-01` cut minutes into a session
// while last seen kept its reserve): it is whole, up to 24 cells, before
// any sparkline is drawn. Every other column takes its content's width
// and the sparklines the rest; when the width is short the sparklines
// shrink to minSpark, then tinySpark, long metric titles are cut to their
// values' width (down to minTitle), and then the sparklines go, all
// together: every metric has one or none has (ut16a D19: load and heat
// had one, power none). An id longer than maxWholeID or a program longer
// than maxStatus, cut anyway, is cut to the others' longest (want.idWhole,
// want.statusWhole) before a sparkline shrinks. While no machine is stale
// last seen has only want.seenLeast (5 cells instead of 9) from the
// start. Only then is the id cut (never below 12 cells), then the program
// goes (shown in the detail view), then last seen, then the last metrics.
// What is left over widens a cut id to the others' longest, the
// sparklines to minSpark, the id to maxWholeID, the program to maxStatus,
// then the sparklines one cell per bucket up to the whole window (a
// column wider than its window would only show blanks), then, only once
// they show it whole, a program longer than maxStatus up to its longest,
// and last gives last seen its room for `stale 59s` back. Cells left
// after that end the row: the history holds one window of buckets, one a
// cell, so a wider sparkline would only show blanks, and widening the
// gaps made every column read wider than its content (ut42a-18: `id` 7
// cells for `o-0` in an inferred view at 200x50).
func machineLayout(w, keyW int, want machineWant, maxSpark int) machineCols {
	keyW = max(keyW, 3) // "id▼"
	whole := min(keyW, maxWholeID)
	// the others' width, when an id longer than maxWholeID is cut anyway
	// (ut18a F11: one machine's 52-character id took every sparkline away)
	others := whole
	if keyW > maxWholeID && want.idWhole > 0 {
		others = max(want.idWhole, min(keyW, 12))
	}
	nf := len(want.value)
	full, least := make([]int, nf), make([]int, nf)
	for j, v := range want.value {
		t := 0
		if j < len(want.title) {
			t = want.title[j]
		}
		full[j], least[j] = max(v, t), max(v, min(t, minTitle))
	}
	// titleTo is the width that shows field j's title whole, within its full
	titleTo := func(j int) int {
		if j < len(want.title) {
			return min(want.title[j], full[j])
		}
		return 0
	}
	c := machineCols{value: make([]int, nf), fields: nf}
	need := func() int {
		n := c.key
		for _, v := range c.value[:c.fields] {
			n += v + 1
		}
		if c.status > 0 {
			n += c.status + 1
		}
		if c.seen > 0 {
			n += c.seen + 1
		}
		if c.spark > 0 {
			n += min(c.sparks, c.fields) * (c.spark + 1)
		}
		return n
	}
	// fit sets the value columns to their titles' width, or, when that is
	// too wide, to their values' width and back up to the titles with
	// what is left; it reports whether the row fits.
	cut := true // fit may cut the titles (cutTitles)
	fit := func() bool {
		copy(c.value, full)
		if need() <= w || !cut {
			return need() <= w
		}
		copy(c.value, least)
		left := w - need()
		// the titles' cells first (a sorted one's `▼`), then the markers'
		// room (ut32a Za10: `powe…` beside a heat column kept 8 wide)
		for _, upTo := range []func(j int) int{titleTo, func(j int) int { return full[j] }} {
			for j := range c.fields {
				g := max(min(left, upTo(j)-c.value[j]), 0)
				c.value[j], left = c.value[j]+g, left-g
			}
		}
		return need() <= w
	}
	try := func(key, spark, status, seen int) bool {
		c.key, c.spark, c.sparks, c.status, c.seen = key, spark, 0, status, seen
		if spark > 0 {
			c.sparks = nf
		}
		return fit()
	}
	// While no machine is stale last seen needs only seenLeast: the rest
	// of its room for `stale 59s` comes back last, from what is left once
	// the sparklines show their whole window (ut18a F11: it kept 9 cells
	// while the sparklines sat at 5).
	seen := want.seen
	if want.seenLeast > 0 && want.seenLeast < want.seen {
		seen = want.seenLeast
	}
	// likewise a program longer than maxStatus, cut anyway, is cut to the
	// others' width before a sparkline shrinks
	status := want.status
	if want.statusWhole > 0 && want.statusWhole < status {
		status = want.statusWhole
	}
	fitted := false
	window := max(maxSpark, 1) // a sparkline is never wider than its window
	// the sparklines shrink to minSpark, then tinySpark, before a title
	// is cut, and the titles are cut before the sparklines go (ut22a M1:
	// `amou…` over 5-cell sparklines)
	for _, step := range []struct {
		sw  int
		cut bool
	}{{min(minSpark, window), false}, {min(tinySpark, window), false}, {min(tinySpark, window), true}, {0, true}} {
		cut = step.cut
		for _, kst := range [][2]int{{whole, want.status}, {others, want.status}, {others, status}} {
			if !fitted {
				fitted = try(kst[0], step.sw, kst[1], seen)
			}
		}
	}
	cut = true
	// Before the program goes it is cut to the room the row leaves it
	// (down to minProgram cells: `dry-d…`), the id whole first, then cut
	// to 12 cells; a program that goes gives its cells to nothing but
	// last seen's reserve (ut19a H12: the program went while last seen
	// padded `now` to 9 cells).
	// The titles get their cells back (a sorted one its `▼`: ut32a Za10,
	// `powe…` sorted by power) before the program grows past its least.
	cutStatus := func(key, fewest int) bool {
		if want.status <= fewest || fitted {
			return fitted
		}
		if try(key, 0, 0, seen) {
			copy(c.value, least)
			room := w - need() - 1
			titles := 0
			for j := range c.fields { // a title's cells past its values', not a marker's room
				titles += max(titleTo(j)-least[j], 0)
			}
			if program := max(room-titles, fewest); room >= fewest && try(key, 0, min(program, want.status), seen) {
				return true
			}
		}
		return false
	}
	if !fitted {
		fitted = cutStatus(others, minProgram)
	}
	// Last, with the id cut, the program is cut to leastProgram (`q…15`)
	// before it goes: in the 80x24 grid a `!!101.5°C` and a `!2921W` held
	// for a minute left it 2 cells short of minProgram (ut32a Za12).
	cutTo := min(keyW, max(minCutID, want.idLeast))
	for _, t := range []struct{ status, seen int }{{want.status, seen}, {-1, seen}, {-2, seen}, {0, seen}, {0, 0}} {
		if fitted {
			break
		}
		if t.status < 0 {
			fitted = cutStatus(cutTo, map[int]int{-1: minProgram, -2: leastProgram}[t.status])
			continue
		}
		fitted = try(cutTo, 0, t.status, t.seen)
	}
	for c.fields > 0 && !fit() {
		c.fields--
	}
	c.sparks = min(c.sparks, c.fields)
	c.value = c.value[:c.fields:c.fields]
	c.key = min(c.key, w)
	left := w - need()
	widen := func(to int) {
		grow := max(min(left, to-c.key), 0)
		c.key, left = c.key+grow, left-grow
	}
	sparkTo := func(to int) {
		if c.spark > 0 && c.sparks > 0 {
			spark := max(min(c.spark+left/c.sparks, to), c.spark)
			c.spark, left = spark, left-c.sparks*(spark-c.spark)
		}
	}
	widen(others)
	sparkTo(min(minSpark, maxSpark))
	widen(whole)
	widen(min(want.idApart, keyW))
	if want.idWhole == 0 { // every id long: they are whole before the sparklines grow (ut21a K1-1)
		widen(keyW)
	}
	if c.status > 0 { // back up to maxStatus
		grow := max(min(left, want.status-c.status), 0)
		c.status, left = c.status+grow, left-grow
	}
	sparkTo(maxSpark)
	if c.sparks == 0 || c.spark >= maxSpark { // the sparklines whole: an id longer than maxWholeID gets what is left
		widen(keyW)
	}
	if c.status > 0 && c.sparks > 0 && c.spark >= maxSpark { // only once the sparklines show their whole window
		grow := max(min(left, want.statusAll-c.status), 0)
		c.status, left = c.status+grow, left-grow
	}
	if c.seen > 0 {
		grow := max(min(left, want.seen-c.seen), 0)
		c.seen, left = c.seen+grow, left-grow
	}
	return c
}

// shortHeading is heading as it fits w cells: whole, or its first
// letters and a full stop (`prog.`), never cut with an ellipsis as a
// value would be (a cut program beside it reads `dry-l…`).
func shortHeading(heading string, w int) string {
	if draw.Width(heading) <= w || w < 2 {
		return heading
	}
	return ansi.Truncate(heading, min(w-1, 4), "") + "."
}
