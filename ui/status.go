package ui

import (
	"cmp"
	"slices"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/washboard/washboard/model"
	"github.com/washboard/washboard/ui/draw"
)

// StatusPane shows a status view (Riders, Students): per status value how
// many keys are in it now, how many updates it had and a rate sparkline;
// the latest transitions; and each key's status and since when. Sort,
// filter and scroll are this session's own.
type StatusPane struct {
	listPane
	topic  string
	sortBy int // statusSorts index
	filter filter
	frame  statusFrame
	order  []string // the view's keys in natural order (naturalKeys)
	// apart is where the view's keys are cut so different keys read
	// differently (namesApart), judged over every key, the filter and
	// the cursor aside, in Snapshot.
	apart namesApart
	names []string // the printable keys apart is judged over, reused
	// narrow is where the keys are cut under 8 cells (narrowKeys).
	narrow namesApart
	// shared is the keys sharing a start that apart's window cuts
	// (sharedWindow), nil when the window is namesApart's own
	shared map[string]bool
	// rateW is the widest /min figure the per-status table has drawn this
	// session: its column keeps it, so the sparkline beside it does not
	// step as rates come and go, and gives no cells to blank (ut34a-6).
	rateW int
}

// statusFrame is a frame's snapshot of the view.
type statusFrame struct {
	ok              bool
	now             time.Time
	d               statusData
	total           int
	errors, evicted uint64
	above           int    // lines above the key list: filter, figures, changes
	summary         int    // lines of the one-line summary (summaryLines), 0 for none
	side            bool   // the per-status table beside the key list (besideList), no summary
	waiting         string // what an empty list says (foreign.go)
	absent          bool   // the view's topic is not on the cluster (viewAbsent)
	notRead         bool   // the topic is not read: the figures are old (view_fed.go)
	// keyW is the key list's key column when the latest changes cut
	// their keys narrower than the list would (changeKeys): one width
	// for both, so a key reads the same in both; 0 for the list's own.
	keyW int
	// listKeyW is the key list's own key column where keyW narrowed it:
	// the list keeps its cells, its keys cut as the changes cut them
	// with a longer end (listKey); 0 where keyW did not narrow it.
	listKeyW int
	// keyLeast is the least the key list's keys are cut to before a
	// status is: 8 cells (0), or fewer where a window of the cells in
	// which the keys differ fits in them (judgeKeys).
	keyLeast int
	cut      namesApart      // apart's cut for this frame (cutKey)
	shared   map[string]bool // p.shared for this frame (cutKey)
}

// NewStatusPane shows the status view of topic.
func NewStatusPane(c *Common, topic, title string) *StatusPane {
	return &StatusPane{listPane: listPane{c: c, title: title, header: 2}, topic: topic, filter: newFilter()}
}

var statusSorts = []string{"key", "status", "since", "seen"}

type statusRow struct {
	key, status string
	since, seen time.Time
}

// statusStat is one status value's figures, copied out of the store.
type statusStat struct {
	name             string
	now              int
	updates, changes uint64
	points           []float64
	lastMinute       float64
}

// statusData is everything one render needs, copied under one read lock.
type statusData struct {
	view model.TopicView
	rows []statusRow // filtered
	// keyW and statusW are the widest key and status of every key, the
	// filter aside, in bytes (listWidths): the list's columns are the
	// data's, so a filter moves none (ut43a-3)
	keyW, statusW int
	stats         []statusStat
	recent        []model.Transition // newest first
}

// SetSize sizes the pane and its filter field.
func (p *StatusPane) SetSize(w, h int) {
	p.listPane.SetSize(w, h)
	p.filter.setWidth(w)
}

func (p *StatusPane) Capturing() bool { return p.filter.typing }

func (p *StatusPane) Help() []key.Binding {
	k := p.c.Keys
	if p.filter.typing {
		return p.filter.help(k)
	}
	return []key.Binding{k.Up, k.Down, k.Sort, k.Filter}
}

func (p *StatusPane) Status() string { return draw.JoinParts(p.StatusParts()) }

// StatusParts is the filter, the keys shown of all and the sort order.
func (p *StatusPane) StatusParts() []draw.Part {
	f := &p.frame
	if f.absent && f.total == 0 {
		return absentParts()
	}
	if !f.ok {
		return nil
	}
	s := keysStatus(len(f.d.rows), f.total, f.errors, f.evicted)
	if f.notRead {
		s = append([]draw.Part{notReadPart()}, s...)
	}
	titles := p.columnTitles(&f.d.view)
	sort := viewSortPart(titles[p.sortBy], p.sortBy)
	if p.sortBy != 0 { // judged at the widest sort, as Machines' is, so `s` does not drop the counts for one column only (ut34a-8)
		sort.Widest = widestSortOf(titles[1:])
	}
	return filterParts(&p.filter, append(s, sort)...)
}

func (p *StatusPane) Update(msg tea.Msg) tea.Cmd {
	k, ok := msg.(tea.KeyPressMsg)
	if !ok {
		if p.filter.typing {
			var cmd tea.Cmd
			p.filter.input, cmd = p.filter.input.Update(msg)
			return cmd
		}
		return nil
	}
	p.filter.input.Placeholder = p.filterWords() // the prompt in the view's words, as help
	if used, cmd := p.filter.handle(p.c.Keys, k); used {
		p.scroll = scroller{}
		return cmd
	}
	if key.Matches(k, p.c.Keys.Sort) {
		p.sortBy = (p.sortBy + 1) % len(statusSorts)
		return nil
	}
	p.scroll.handle(p.c.Keys, k, p.rows, p.page())
	return nil
}

// Snapshot copies the view's figures and the filtered rows in id order,
// and settles the layout and the cursor; afterSnapshot sorts the copy
// outside the lock.
func (p *StatusPane) Snapshot(st *model.State, now time.Time) {
	f := &p.frame
	t := st.Status[p.topic]
	waiting, absent := waitingFor(st, p.c.Cluster.Embedded, p.topic), viewAbsent(st, p.c.Cluster.Embedded, p.topic)
	if t == nil {
		*f = statusFrame{now: now, waiting: waiting, absent: absent}
		return
	}
	if len(t.Entries) == 0 && t.Errors > 0 { // records came, none readable: why, not "waiting"
		waiting = model.UnreadableWhy(t.View, t.Errors, t.LastErr)
	}
	*f = statusFrame{ok: true, absent: absent, now: now, d: p.collect(t, now), total: len(t.Entries), errors: t.Errors, evicted: t.Evicted, waiting: waiting,
		notRead: notRead(st, p.topic)}
	f.above = boolInt(p.filter.typing)
	if p.h >= 12 {
		f.above += min(len(f.d.stats), p.h/4) + 1 + boolInt(min(len(f.d.stats), p.h/4) < len(f.d.stats))
		if n := p.recentShown(&f.d); n > 0 {
			f.above += 1 + n
		}
	} else if room := p.sideRoom(&f.d); room > 0 && p.sideWidths(&f.d, room) != nil {
		// the per-status table beside the list says what the summary
		// would, and more: the summary's row goes to a key (besideList)
		f.side = true
	} else if spare := p.h - (1 + min(max(f.total, 1), 3)); spare >= 1 {
		// the summary in the rows the list's titles and three rows (or
		// all of them) leave, wrapped between statuses (summaryLines),
		// judged over every key, the filter and its prompt aside, so a
		// filter neither moves it nor takes it away (ut43a-23): the
		// prompt's row is the list's
		f.summary = len(p.summaryLines(&f.d.view, f.d.stats, spare))
		f.above += f.summary
	}
	p.header = f.above + 1
	p.rows = len(f.d.rows)
	p.judgeKeys(f)
	p.scroll.clamp(p.rows, p.page())
}

// Lines lays the pane out by height: a one-line summary when small; the
// per-status table and latest transitions above the key list when there
// is room (zoomed).
func (p *StatusPane) Lines(focused bool) []string {
	f := &p.frame
	if !f.ok {
		return noViewIn(p.c.Styles, p.topic, model.StatusView, p.w, p.h)
	}
	d, now := &f.d, f.now
	var lines []string
	switch {
	case len(d.stats) == 0 && len(d.rows) == 0:
		// nothing yet: the sentence alone, no per-status table headings
		// over no statuses (ut19b J13)
	case p.h >= 12:
		lines = append(lines, p.statsLines(d, min(len(d.stats), p.h/4))...)
		if n := p.recentShown(d); n > 0 {
			lines = append(lines, p.c.Styles.Dim.Render("latest changes"))
			lines = append(lines, p.transitionLines(&d.view, d.recent[:n], now)...)
		}
	case f.summary > 0:
		// the summary only when the column titles and three rows (or all
		// of them) still fit under it: rows come first in a short pane.
		lines = append(lines, p.summaryLines(&d.view, d.stats, f.summary)...)
	}
	if p.filter.typing { // over the list it filters: what is above it stays put (ut43a-23)
		lines = append(lines, p.filter.line(p.w))
	}
	return append(lines, p.listLines(d, now, focused, len(lines))...)
}

// recentShown is how many latest changes show above the list (zoomed, or
// a tall pane): an eighth of the pane, or every row the per-status table
// and the key list leave, whichever is more (issue 14, F31: 2 changes
// above 3 empty rows).
func (p *StatusPane) recentShown(d *statusData) int {
	if p.h < 12 {
		return 0
	}
	stats := min(len(d.stats), p.h/4)
	used := boolInt(p.filter.typing) + 1 + stats + boolInt(stats < len(d.stats)) + // the table, its title and "… more"
		1 + // "latest changes"
		1 + max(len(d.rows), 1) // the list's titles and rows
	return min(len(d.recent), max(p.h/8, p.h-used))
}

// collect copies the view's figures; it runs under the frame's lock.
func (p *StatusPane) collect(t *model.StatusTable, now time.Time) (d statusData) {
	d.view = *t.View
	nowBy := map[string]int{}
	match := p.filter.matcher()
	for _, k := range naturalKeys(&p.order, t.Entries) {
		e := t.Entries[k]
		nowBy[e.Status]++
		d.keyW, d.statusW = max(d.keyW, len(e.Key)), max(d.statusW, len(e.Status))
		if match(e.Key, e.Status) {
			d.rows = append(d.rows, statusRow{e.Key, e.Status, e.Since, e.LastSeen})
		}
	}
	win := t.View.History()
	nameW := 0 // the widest status, which the table's first column holds whole where it can
	for _, s := range t.Stats {
		nameW = max(nameW, draw.Width(model.PrintableString(s.Name)))
	}
	for _, s := range t.Stats {
		h := &s.UpdateHist
		if t.View.Rate == model.RateChanges {
			h = &s.ChangeHist
		}
		d.stats = append(d.stats, statusStat{
			name: s.Name, now: nowBy[s.Name], updates: s.Updates, changes: s.Changes,
			points: h.Sums(win, win.Whole(now), win.N, nil), lastMinute: perMinute(h, win, now), // a bucket a cell; the row draws the newest that fit
		})
	}
	d.recent = t.Latest(max(8, p.h)) // newest first by time (model.StatusTable.Latest); recentShown picks how many show
	slices.SortFunc(d.stats, func(a, b statusStat) int { return model.NaturalCompare(a.name, b.name) })
	return d
}

// columnTitles name the key list's columns after the view's fields (a
// rider's name and location, a student's StudentId and State), falling
// back to key and status; they name the sort too.
func (p *StatusPane) columnTitles(v *model.TopicView) []string {
	return []string{
		cmp.Or(model.PrintableString(v.Key), "key"), statusHeading(v), "since", "seen",
	}
}

// perMinute is the rate over the last whole minute of buckets (or the last
// bucket when buckets are longer), per minute.
func perMinute(h *model.Hist, win model.Window, now time.Time) float64 {
	span := max(time.Minute.Truncate(win.Bucket), win.Bucket)
	return h.Last(win, now, span) * float64(time.Minute) / float64(span)
}

// afterSnapshot puts the copied rows in the chosen order, outside the
// store's lock.
// It folds the /min figures' width into rateW here, not in drawing,
// which leaves the pane's state alone.
func (p *StatusPane) afterSnapshot() {
	p.sortRows(p.frame.d.rows, p.frame.now)
	for _, s := range p.frame.d.stats {
		p.rateW = max(p.rateW, draw.Width(rateText(s.lastMinute)))
	}
}

// sortRows orders the rows; they come in key order, so a stable sort
// keeps ties in key order without comparing names again. Since and seen
// are newest first as their columns show them against now (ageOrder):
// keys whose ages read alike are tied, not ordered by the nanoseconds
// the columns do not show (ut42a-5).
func (p *StatusPane) sortRows(rows []statusRow, now time.Time) {
	by := p.sortBy
	if by == 0 {
		return
	}
	slices.SortStableFunc(rows, func(a, b statusRow) int {
		c := 0
		switch by {
		case 1:
			c = model.NaturalCompare(a.status, b.status)
		case 2:
			c = ageOrder(now, a.since, b.since)
		case 3:
			c = ageOrder(now, a.seen, b.seen)
		}
		return c
	})
}

// statsLines is the per-status table: keys now, updates (count and bar),
// and the rate sparkline over the window.
func (p *StatusPane) statsLines(d *statusData, n int) []string {
	st := p.c.Styles
	nameW := 0
	for _, s := range d.stats {
		nameW = max(nameW, draw.Width(model.PrintableString(s.name)))
	}
	widths := p.statsWidths(&d.view, nameW)
	// The sparkline's newest bucket is at its right edge, and a short
	// history is drawn against it: the heading sits over that edge too.
	sh := sparkHeading(&d.view, widths[4], d.statPoints()...)
	sh = strings.Repeat(" ", max(widths[4]-draw.Width(sh), 0)) + sh
	head := draw.Columns([]string{p.statsHeading(d), "now", "updates", "", sh, "/min"}, widths)
	lines := []string{st.Dim.Render(head)}
	var most uint64
	var spark draw.Spark // drawing does not touch the pane's own state
	top := 0.0           // one scale for the statuses' sparklines, as for their bars (ut15b C18)
	for _, s := range d.stats {
		most = max(most, s.updates)
		top = max(top, draw.Highest([][]float64{s.points}, widths[4]))
	}
	for _, s := range d.stats[:n] {
		cells := []string{model.PrintableString(s.name), count(s.now), bar(s.updates, most, widths[2]), count(s.updates),
			spark.CountsUpTo(s.points, widths[4], top), rateText(s.lastMinute)}
		lines = append(lines, draw.Columns(cells, widths))
	}
	if n < len(d.stats) {
		lines = append(lines, st.Dim.Render("… "+count(len(d.stats)-n)+" more (zoom with z)"))
	}
	return lines
}

// sparkHeading names the sparkline column: `rate` and over how long, the
// newest buckets that fit w cells (the window when all do), from the
// oldest that holds a value in any of series (ut42a-3: `rate · 175s` over
// 57 s of data), so it reads apart from the total's `updates` beside it
// (ut34a-6). One word in every status view, whatever the view's rate
// counts (records, or keys entering a status: help says which), as the
// same column (ut43a-5: `rate` in Riders, `entered` in Students). With w
// 0 it is the widest form, the window's.
func sparkHeading(v *model.TopicView, w int, series ...[]float64) string {
	const what = "rate"
	win := v.History()
	span := win.Span()
	if w > 0 {
		drawn := 0
		for _, h := range series {
			drawn = max(drawn, drawnCells(h, min(w, win.N)))
		}
		if drawn == 0 {
			drawn = min(w, win.N)
		}
		span = win.Bucket * time.Duration(drawn)
	}
	if h := what + " · " + shortDur(span); w <= 0 || draw.Width(h) <= w {
		return h
	}
	return shortDur(span) // a narrow column: the span alone, never cut
}

// statsWidths are the per-status table's columns, the first as wide as
// the status field's name (up to 20 cells) and the widest status, nameW
// (ut25a Q5: REVIEW_BY_ANALYST cut to `REVIE…NALYST` beside 95 blank
// cells), as far as the row leaves the sparkline its heading's width;
// 12 cells at least. The sparkline takes the rest, a bucket a cell, up
// to the whole window (at least its heading), as Machines' sparklines
// do: in a narrow row it shows the newest buckets that fit, rather than
// leaving cells blank to split the window evenly (ut34a-6: 30 cells and
// 7 blank at 80x24); /min is as wide as its widest figure so far; in a
// pane wider than the window's buckets need, the updates bar takes the
// cells left, so counts read apart in eighths of a wider bar and no row
// ends in blank cells (ut37-13, ut36a-24).
func (p *StatusPane) statsWidths(v *model.TopicView, nameW int) []int {
	perMin := max(len("/min"), p.rateW) // the widest figure drawn this session, held
	rest := 5 + 10 + 7 + perMin + 5     // now, the bar, updates, /min and the spaces between the six columns
	head := draw.Width(sparkHeading(v, 0))
	first := max(12, min(draw.Width(model.PrintableString(v.Status)), 20))
	first = max(first, min(nameW, p.w-rest-head))
	w := draw.Flex(p.w, []int{first, 5, 10, 7, 0, perMin}, 4, 4)
	if most := max(v.History().N, head); w[4] > most {
		w[2] += w[4] - most // the updates bar takes what the window leaves (ut37-13: ~96 blank cells a row at 200x50)
		w[4] = most
	}
	return w
}

// bar is a horizontal bar of v against most, w cells at most, in eighths
// of a cell: only most fills it, anything above zero shows an eighth at
// least, and counts that differ by an eighth of a cell or more draw
// differently (ut16a D22: 1,065 and 1,135 on a 10-cell bar were both
// full when bars were whole cells rounded up).
func bar(v, most uint64, w int) string {
	if most == 0 || w <= 0 || v == 0 {
		return ""
	}
	total := uint64(w) * 8
	n := (v*total + most/2) / most
	switch {
	case v >= most:
		n = total
	case n >= total:
		n = total - 1 // short of the most, never drawn as full as it
	case n == 0:
		n = 1
	}
	out := strings.Repeat("█", int(n/8))
	if n%8 > 0 {
		out += string(rune(0x2590 - n%8)) // ▏ (one eighth) … ▉ (seven)
	}
	return out
}

func rateText(perMin float64) string {
	if perMin == float64(int64(perMin)) {
		return count(int64(perMin))
	}
	return strings.TrimSuffix(rate(perMin), "/s")
}

// minChangeKey is the fewest cells a latest change's key is cut to
// before its states are cut instead (both ends of the key and the `…`).
const minChangeKey = 8

// transitionLines are the latest changes, newest first: when, the key,
// and what it changed from and to. The change (its states) is the point
// of a line: where a line is too wide, the keys are cut as the list cuts
// them (where the keys differ, keyCut), before any state is (ut25a Q5: a
// 66-character key whole and `DECLINE → A…` at 80x24), every key to one
// width, the list's key column's, narrowed to it where the widest change
// leaves less (judgeKeys), so a key reads the same in both (ut28a U9).
func (p *StatusPane) transitionLines(v *model.TopicView, recent []model.Transition, now time.Time) []string {
	rows, keyW, room := p.changeParts(v, recent, now)
	cutW := room
	if k := p.frame.keyW; k > 0 && k < room {
		cutW = k
	}
	lines := make([]string, 0, len(rows))
	for _, r := range rows {
		if keyW > room && room >= minChangeKey && draw.Width(r.key) > room {
			r.key = p.frame.cutKey(r.key, cutW)
		}
		lines = append(lines, draw.Clip(r.head+r.key+r.change, p.w))
	}
	return lines
}

// changeLine is a latest change's parts: its age, key and states.
type changeLine struct{ head, key, change string }

// changeParts is recent as lines' parts, the widest key and the room the
// widest change leaves a key.
//
// States are said as the summary says them (statusName): a partition
// view's `p2`, so `first seen: 2` is not read as a count (ut42b-13).
func (p *StatusPane) changeParts(v *model.TopicView, recent []model.Transition, now time.Time) (rows []changeLine, keyW, room int) {
	rows, room = make([]changeLine, 0, len(recent)), p.w
	for _, t := range recent {
		change := " " + statusName(v, t.From) + " → " + statusName(v, t.To)
		if t.From == "" { // a key's first record: not a change from a state `new` (ut38a-33)
			change = " first seen: " + statusName(v, t.To)
		}
		r := changeLine{ageCell(age(now, t.At)) + " ", model.PrintableString(t.Key), change}
		keyW = max(keyW, draw.Width(r.key))
		room = min(room, p.w-draw.Width(r.head)-draw.Width(r.change))
		rows = append(rows, r)
	}
	return rows, keyW, room
}

// listHeads is the key list's column titles (the sort marked) and widths.
// The widths are the data's and the box's alone, never the sort's nor
// the filter's (ut43a-3: `s` moved `since` and `seen` a cell in the 80x24
// grid's Riders): every heading keeps a cell for the sort's `▼`, sorted
// or not, where that cuts nothing (ut32a Za11); in a box too narrow for
// that the columns are the bare headings' and the sorted heading's `▼`
// takes the blank after it where its column has no cell for it
// (headsLine).
func (p *StatusPane) listHeads(d *statusData) (titles []string, widths []int) {
	titles = p.columnTitles(&d.view)
	marked := make([]string, len(titles))
	for i, t := range titles {
		marked[i] = t + "▼"
	}
	widths = p.listWidths(d, marked)
	if !p.cutsNothing(d, titles, widths) {
		marked = titles
		widths = p.listWidths(d, titles)
		last := len(widths) - 1
		for last > 0 && widths[last] == 0 {
			last--
		}
		if draw.RowWidth(widths) < p.w && widths[last] <= draw.Width(titles[last]) { // the last heading's mark in the row
			widths[last]++
		}
	}
	sorted := slices.Clone(titles)
	sorted[p.sortBy] += "▼"
	titles = sorted
	if k := p.frame.keyW; k > 0 && k < widths[0] {
		widths[0] = k
	}
	if draw.Width(marked[0]) > widths[0] { // the key's short form, not a heading cut mid-word (ut15b C19), under every sort
		titles[0] = "id"
		if p.sortBy == 0 {
			titles[0] += "▼"
		}
	}
	titles[1] = statusHeadingIn(&d.view, titles[1], widths[1])
	return titles, widths
}

// headsLine is the key list's headings in their columns, as draw.Columns
// lays a row, except that a heading one cell wider than its column (the
// sorted one's `▼` in a box with no cell kept for it: listHeads) takes
// the blank after it, so the columns stay where the data puts them.
func headsLine(titles []string, widths []int) string {
	var b strings.Builder
	over := false
	for i, t := range titles {
		if i >= len(widths) || widths[i] <= 0 {
			continue
		}
		if b.Len() > 0 && !over {
			b.WriteByte(' ')
		}
		over = draw.Width(t) == widths[i]+1 && strings.HasSuffix(t, "▼")
		if over {
			b.WriteString(t)
			continue
		}
		cell := draw.Fit(t, widths[i])
		if i == 0 {
			cell = draw.FitMiddle(t, widths[i])
		}
		b.WriteString(cell + strings.Repeat(" ", max(widths[i]-draw.Width(cell), 0)))
	}
	return b.String()
}

// cutsNothing reports whether widths hold every key and status of the
// view whole (the filter aside), and every heading but the key's (which
// has the short form `id`) whole without its mark.
func (p *StatusPane) cutsNothing(d *statusData, titles []string, widths []int) bool {
	if widths[0] < d.keyW || widths[1] < max(d.statusW, draw.Width(titles[1])) {
		return false
	}
	for i := 2; i < len(widths) && i < len(titles); i++ {
		if widths[i] < draw.Width(titles[i])+1 {
			return false
		}
	}
	return true
}

// statsHeading is the per-status table's first heading: the word the key
// list under it heads its status column with, so one screen says one word
// (ut25a Q11: `partition` over the table, `part` over the list).
func (p *StatusPane) statsHeading(d *statusData) string {
	if len(d.rows) == 0 {
		return statusHeading(&d.view)
	}
	titles, _ := p.listHeads(d)
	return strings.TrimSuffix(titles[1], "▼")
}

func (p *StatusPane) listLines(d *statusData, now time.Time, focused bool, above int) []string {
	if len(d.rows) == 0 {
		msg := p.frame.waiting
		if p.filter.note() != "" {
			msg = "no " + p.filterWords() + " matches the filter"
		}
		return noticeIn(p.c.Styles, msg, p.w, p.h-above) // whole, or cut with … (view_note.go)
	}
	page := p.page()
	titles, widths := p.listHeads(d)
	keyW := widths[0]
	if lw := p.frame.listKeyW; lw > keyW && draw.RowWidth(widths)+lw-keyW <= p.w { // the cells the changes' width left blank (listKey)
		widths[0] = lw
	}
	lines := []string{p.c.Styles.Dim.Render(headsLine(titles, widths))}
	for i := p.scroll.offset; i < min(p.scroll.offset+page, len(d.rows)); i++ {
		r := d.rows[i]
		line := draw.Columns([]string{p.frame.listKey(model.PrintableString(r.key), keyW, widths[0]), model.PrintableString(r.status), age(now, r.since), age(now, r.seen)}, widths)
		lines = append(lines, p.selected(line, i, focused))
	}
	if p.frame.side {
		return p.besideList(lines, d, draw.RowWidth(widths), p.h-above)
	}
	return lines
}

// statPoints is every status's rate history, for the span its
// sparklines draw (sparkHeading).
func (d *statusData) statPoints() [][]float64 {
	out := make([][]float64, len(d.stats))
	for i := range d.stats {
		out[i] = d.stats[i].points
	}
	return out
}
