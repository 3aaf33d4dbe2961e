package ui

import (
	"cmp"
	"math"
	"slices"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/washboard/washboard/model"
	"github.com/washboard/washboard/ui/draw"
)

// SeriesPane shows a series view: one row per key with its latest values,
// a sparkline per field over the view's window, and its last-seen age.
// Sort, filter, cursor and the detail view are this session's own.
type SeriesPane struct {
	listPane
	topic  string
	sortBy int // 0 key, 1..n the view's fields (highest first), n+1 last seen
	filter filter
	detail string // key shown in the detail view; "" shows the list

	table []machineRow // the snapshot's rows, sorted and filtered (reused)
	vals  []float64    // their values, len(fields) per row (reused)
	order []string     // the view's keys in natural order; rebuilt when the key set changes
	frame seriesFrame
	// statusLabel heads the status column: the view's status field's name.
	statusLabel string
	hasStatus   bool           // the view has a status field (its column, its filter)
	cands       []model.Record // the detail view's candidate events, reused frame to frame (series_detail.go)
	widest      seriesWidest   // the widest each column has needed (series_widths.go)
	// followKey is the key under the cursor when the rows are sorted by a
	// live value: the cursor follows it as the rows re-sort, as k9s and
	// lazygit keep their selection (ut15b C34: enter opened whichever
	// machine had moved onto the cursor's row).
	followKey string
	idWin     idWindow // where ids are cut between two ellipses (idsWindow)
	// idApart is the widest apartWidth has needed this session
	// (series_ids.go).
	idApart int
	// gutter is the detail's charts' label width, held while it is open
	// (heldGutter).
	gutter detailGutter
}

// seriesFrame is the rest of a frame's snapshot: the view, the counts for
// the border, the column layout and the visible rows' histories.
type seriesFrame struct {
	ok              bool
	view            model.TopicView
	now             time.Time
	total           int    // keys held
	errors, evicted uint64 // unreadable records, keys evicted
	lay             machineCols
	hist            [][][]float64 // visible rows x fields x cells
	base            int           // p.table's index of the first visible row
	detail          machineDetail
	waiting         string // what an empty list says (foreign.go)
	absent          bool   // the view's topic is not on the cluster (viewAbsent)
	decimals        []int  // per field, the view's precision (model.Table.Decimals)
	notRead         bool   // the topic is not read: the figures are old (view_fed.go)
}

// NewSeriesPane shows the series view of topic.
func NewSeriesPane(c *Common, topic, title string) *SeriesPane {
	p := &SeriesPane{listPane: listPane{c: c, title: title, header: 1}, topic: topic, filter: newFilter(), statusLabel: "status"}
	c.Store.Read(func(st *model.State) {
		for _, v := range st.Views {
			if v.Topic == topic && v.Status != "" {
				p.statusLabel = model.PrintableString(v.Status[strings.LastIndexByte(v.Status, '.')+1:])
				p.hasStatus = true
			}
		}
	})
	return p
}

// machineRow is one entry copied out of the store for rendering.
type machineRow struct {
	key, status string
	vi          int // offset of its values in vals
	seen        time.Time
	level       model.Level
	stale       bool
}

// SetSize sizes the pane and its filter field.
func (p *SeriesPane) SetSize(w, h int) {
	p.listPane.SetSize(w, h)
	p.filter.setWidth(w)
}

func (p *SeriesPane) Capturing() bool { return p.filter.typing }

func (p *SeriesPane) Help() []key.Binding {
	k := p.c.Keys
	switch {
	case p.detail != "":
		return []key.Binding{k.Back}
	case p.filter.typing:
		return p.filter.help(k)
	}
	return []key.Binding{k.Up, k.Down, k.Sort, k.Filter, k.Enter}
}

func (p *SeriesPane) Status() string { return draw.JoinParts(p.StatusParts()) }

// StatusParts is the filter, the keys shown of all (evicted, unreadable)
// and the sort order, or "detail" while a key's detail is open.
func (p *SeriesPane) StatusParts() []draw.Part {
	f := &p.frame
	if f.absent && f.total == 0 {
		return absentParts()
	}
	if !f.ok {
		return nil
	}
	s := keysStatus(p.rows, f.total, f.errors, f.evicted)
	if f.notRead {
		s = append([]draw.Part{notReadPart()}, s...)
	}
	if p.detail != "" {
		return append(s, draw.Part{Text: "detail", Rank: draw.RankFilter})
	}
	sort := viewSortPart(p.sortName(f.view.Fields), p.sortBy)
	if p.sortBy != 0 { // judged at the widest sort name, so `s` does not drop the counts for one column only
		sort.Widest = widestSort(f.view.Fields)
	}
	return filterParts(&p.filter, append(s, sort)...)
}

// viewSortPart is a view's sort order as a border part: a sort other than
// by id (sortBy 0) outranks the counts, as Topics' does, so a box too
// narrow for the sorted heading still says the order (ut32a Za10: the
// 80x24 grid sorted by power said `14 keys · 1-5/14`).
func viewSortPart(name string, sortBy int) draw.Part {
	part := sortPart(name)
	if sortBy != 0 {
		// whole or not at all: where it does not fit whole beside the
		// position the sorted heading's `▼` says the order (ut34a-8)
		part.Rank, part.Whole = draw.RankAlert, true
	}
	return part
}

// widestSort is the widest of a view's sorted border parts (`sort
// power`): every column but the id, which is judged as it is.
func widestSort(fields []model.Field) string {
	names := []string{"seen"}
	for i := range fields {
		names = append(names, model.PrintableString(fields[i].Label))
	}
	return widestSortOf(names)
}

// widestSortOf is the widest `sort name` of names.
func widestSortOf(names []string) string {
	out := ""
	for _, n := range names {
		if s := "sort " + n; draw.Width(s) > draw.Width(out) {
			out = s
		}
	}
	return out
}

func (p *SeriesPane) sortName(fields []model.Field) string {
	switch {
	case p.sortBy == 0:
		return "id"
	case p.sortBy <= len(fields):
		return model.PrintableString(fields[p.sortBy-1].Label)
	}
	return "seen"
}

func (p *SeriesPane) Update(msg tea.Msg) tea.Cmd {
	k, ok := msg.(tea.KeyPressMsg)
	if !ok {
		if p.filter.typing { // cursor blinks of the filter field
			var cmd tea.Cmd
			p.filter.input, cmd = p.filter.input.Update(msg)
			return cmd
		}
		return nil
	}
	keys := p.c.Keys
	if p.detail != "" {
		if key.Matches(k, keys.Back) || key.Matches(k, keys.Enter) {
			p.detail = ""
		}
		return nil
	}
	p.filter.input.Placeholder = p.filterWords() // the prompt in the view's words, as help
	if used, cmd := p.filter.handle(keys, k); used {
		p.scroll = scroller{}
		return cmd
	}
	switch {
	case key.Matches(k, keys.Sort):
		p.sortBy = (p.sortBy + 1) % (p.fieldCount() + 2)
	case key.Matches(k, keys.Enter):
		p.refresh()
		if c := p.scroll.cursor; c >= 0 && c < len(p.table) {
			p.detail = p.table[c].key
		}
	default:
		p.scroll.handle(keys, k, p.rows, p.page())
		p.followKey = ""
		if c := p.scroll.cursor; p.sortBy != 0 && c >= 0 && c < len(p.table) {
			p.followKey = p.table[c].key // the sorted path holds every row
		}
	}
	return nil
}

// followSelected puts the cursor back on the selected key after a sort
// moved it, scrolling so it stays on screen; a key that left the list
// (filtered out, evicted) leaves the cursor where it was.
func (p *SeriesPane) followSelected(page int) {
	if p.followKey == "" {
		return
	}
	for i := range p.table {
		if p.table[i].key == p.followKey {
			p.scroll.cursor = i
			if i < p.scroll.offset || i >= p.scroll.offset+page {
				p.scroll.offset = max(i-page/2, 0)
			}
			return
		}
	}
}

func (p *SeriesPane) fieldCount() int {
	n := 0
	p.c.Store.Read(func(st *model.State) {
		if t := st.Series[p.topic]; t != nil {
			n = len(t.View.Fields)
		}
	})
	return n
}

// Snapshot copies the filtered rows in the chosen order, settles the
// cursor, sizes the columns and copies the visible rows' histories
// resampled to the sparklines' width (or the detail view's machine).
func (p *SeriesPane) Snapshot(st *model.State, now time.Time) {
	f := &p.frame
	*f = seriesFrame{now: now, hist: f.hist[:0], waiting: waitingFor(st, p.c.Cluster.Embedded, p.topic), decimals: f.decimals[:0],
		absent: viewAbsent(st, p.c.Cluster.Embedded, p.topic)}
	clear(p.cands) // drop the last frame's references to payloads
	t := st.Series[p.topic]
	if t == nil {
		p.table, p.vals = p.table[:0], p.vals[:0]
		return
	}
	f.ok, f.view, f.total, f.errors, f.evicted = true, *t.View, len(t.Entries), t.Errors, t.Evicted
	if len(t.Entries) == 0 && t.Errors > 0 { // records came, none readable: why, not "waiting"
		f.waiting = model.UnreadableWhy(t.View, t.Errors, t.LastErr)
	}
	f.notRead = notRead(st, p.topic)
	for j := range t.View.Fields {
		f.decimals = append(f.decimals, t.Decimals(j))
	}
	if p.detail != "" {
		p.rows = 0 // for the border's count; the list is not drawn
		match := p.filter.matcher()
		for _, e := range t.Entries {
			p.rows += boolInt(match(e.Key, e.Status))
		}
		f.detail = readDetail(st, t, p.detail, now, p.cands)
		p.cands = f.detail.cands // the buffer, reused next frame
		return
	}
	p.header = 1 + boolInt(p.filter.typing)
	page := p.page()
	keys := naturalKeys(&p.order, t.Entries)
	all := keys // the id column's width is judged over every machine, the filter aside (ut38a-6)
	if p.sortBy == 0 && p.filter.note() == "" {
		// In id order and unfiltered, the rows on screen are known before
		// copying anything: copy only those (the fast path of every frame).
		p.rows = len(keys)
		p.scroll.clamp(p.rows, page)
		p.table, p.vals = p.table[:0], p.vals[:0]
		for _, k := range keys[p.scroll.offset:min(p.scroll.offset+page, len(keys))] {
			p.appendRow(t, t.Entries[k], now)
		}
		f.base = p.scroll.offset
	} else {
		p.collect(t, now)
		p.sortRows(len(f.view.Fields), now)
		p.rows = len(p.table)
		p.followSelected(page)
		p.scroll.clamp(p.rows, page)
		keys = nil
	}
	want := p.contentWidths(t, &f.view, f.decimals, now, anyStale(t, now))
	if f.view.Status == "" && !p.anyStatus() { // nothing to show: its room goes to the ids and sparklines
		want.status = 0
	}
	keyW, idWhole := p.keyWidth(all)
	first := p.scroll.offset - f.base
	shown := p.table[first:min(first+page, len(p.table))]
	apart := p.apartWidth(shown, keyW)
	if keyW > maxWholeID {
		want.idWhole = idWhole
		if apart > maxWholeID {
			want.idApart = apart
		}
	}
	f.lay = p.markedLayout(p.w, keyW, want, f.view.History().N, apart)
	f.lay.spark = sparkSeen(f.lay.spark, t, now)
	if keyW > f.lay.key { // ids cut: where the cut falls so the ids on screen read differently
		_, f.lay.keyShift, _ = idsApart(shown, f.lay.key, f.lay.key)
		lo, hi, shared := p.idsWindow(keys, f.lay.key)
		f.lay.keyWindow, f.lay.windowed = [2]int{lo, hi}, shared
	}
	f.hist = sparkData(t, p.table[first:min(first+page, len(p.table))], f.lay.spark, now, f.hist)
}

func (p *SeriesPane) Lines(focused bool) []string {
	f := &p.frame
	if !f.ok {
		return noViewIn(p.c.Styles, p.topic, model.SeriesView, p.w, p.h)
	}
	if p.detail != "" {
		return p.detailLines()
	}
	var lines []string
	if p.filter.typing {
		lines = append(lines, p.filter.line(p.w))
	}
	if p.rows == 0 { // the sentence alone, no headings over columns that have nothing (ut19b J13)
		msg := p.frame.waiting
		if p.filter.note() != "" {
			msg = "no " + p.filterWords() + " matches the filter"
		}
		return append(lines, noticeIn(p.c.Styles, msg, p.w, p.h-len(lines))...) // whole, or cut with … (view_note.go)
	}
	lines = append(lines, p.c.Styles.Dim.Render(p.headLine(f.view.Fields, f.lay)))
	for i, h := range f.hist {
		row := p.scroll.offset + i
		line := p.rowLine(&f.view, &p.table[row-f.base], h, f.lay, f.now, f.decimals)
		lines = append(lines, p.selected(line, row, focused))
	}
	return lines
}

// refresh rebuilds p.table from the store for a key that acts on a row:
// the rows as they are now, not as last drawn. It runs in Update.
func (p *SeriesPane) refresh() {
	now, nf := p.c.now(), 0
	p.c.Store.Read(func(st *model.State) {
		if t := st.Series[p.topic]; t != nil {
			p.collect(t, now)
			nf = len(t.View.Fields)
		}
	})
	p.sortRows(nf, now)
}

// collect copies the view's entries that pass the filter into p.table,
// in natural key order (naturalKeys: names are not sorted per frame).
func (p *SeriesPane) collect(t *model.SeriesTable, now time.Time) {
	p.table, p.vals = p.table[:0], p.vals[:0]
	match := p.filter.matcher()
	for _, k := range naturalKeys(&p.order, t.Entries) {
		if e := t.Entries[k]; match(e.Key, e.Status) {
			p.appendRow(t, e, now)
		}
	}
}

// appendRow copies one entry into p.table and its values into p.vals.
func (p *SeriesPane) appendRow(t *model.SeriesTable, e *model.SeriesEntry, now time.Time) {
	p.table = append(p.table, machineRow{
		key: e.Key, status: e.Status, vi: len(p.vals), seen: e.LastSeen,
		level: e.Level(t.View), stale: t.View.IsStale(e.LastSeen, now),
	})
	p.vals = append(p.vals, e.Values...)
}

// anyStale reports whether any of t's keys is stale at now, judged over
// the whole table (not the page), so the layout does not change as rows
// scroll by.
func anyStale(t *model.SeriesTable, now time.Time) bool {
	for _, e := range t.Entries {
		if t.View.IsStale(e.LastSeen, now) {
			return true
		}
	}
	return false
}

// idsApart is the fewest cells from w up to most in which the different
// ids of rows, cut (fitCut), read differently, and where the cut falls,
// as the Log tells keys apart (apartCut); w, the middle and !ok when none
// does.
func idsApart(rows []machineRow, w, most int) (int, int, bool) {
	items := make([]cutItem, len(rows))
	for i := range rows {
		items[i] = cutItem{text: model.PrintableString(rows[i].key)}
	}
	if aw, shift, ok := apartCut(items, w, most); ok {
		return aw, shift, true
	}
	return w, 0, false
}

// idsWindow is the cells (first, last) of the ids longer than w in
// which they first differ (sharedWindow), for a cut between two ellipses
// (windowCut) where no cut with one tells the ids on screen apart in w
// cells: at 80x24 five keys
// `ledger-posting-for-account-00NN-in-batch-002-long-key` read
// `ledger-p…key-ut28b` on every row (ut28b V3), cut so they read
// `…ount-0049-in-ba…`, where no cut with one ellipsis tells every id
// apart (apartCut). It is judged over every id listed (keys, or the
// copied rows when keys is nil), so the cut does not move as the rows
// scroll, and kept while they and w stay the same. hi < lo when no window
// tells them apart in w cells, and the ids are cut in the middle.
func (p *SeriesPane) idsWindow(keys []string, w int) (lo, hi int, shared map[string]bool) {
	if keys == nil {
		keys = make([]string, len(p.table))
		for i := range p.table {
			keys[i] = p.table[i].key
		}
	}
	c := &p.idWin
	if c.w == w && slices.Equal(c.keys, keys) {
		return c.lo, c.hi, c.shared
	}
	names := make([]string, 0, len(keys))
	for _, k := range keys {
		if len(k) > w || !plainASCII(k) { // a shorter plain id is whole
			names = append(names, model.PrintableString(k))
		}
	}
	c.keys, c.w = append(c.keys[:0], keys...), w
	c.lo, c.hi, c.shared = 0, -1, nil
	items := make([]cutItem, len(names))
	for i, n := range names {
		items[i] = cutItem{text: n}
	}
	if _, _, one := apartCut(items, w, w); !one { // no cut with one ellipsis tells every id apart
		c.lo, c.hi, c.shared, _ = sharedWindow(names, w)
	}
	return c.lo, c.hi, c.shared
}

// idWindow is idsWindow's last judgment: the ids and width it was made
// for, and the window.
type idWindow struct {
	keys      []string
	w, lo, hi int
	shared    map[string]bool // the printable ids cut so (sharedWindow); replaced, never written, once made
}

// cutID is an id in the table's w cells: whole, or cut with one
// ellipsis where the ids on screen differ (fitCut, shift), or, where no
// such cut tells them apart, as a window on the cells where they
// differ (windowCut, lay.windowed).
func cutID(id string, lay machineCols) string {
	if iw := draw.Width(id); iw > lay.key && lay.windowed[id] && lay.key >= 7 {
		return windowCut(id, iw, lay.key, lay.keyWindow[0], lay.keyWindow[1])
	}
	return fitCut(id, lay.key, lay.keyShift)
}

// keyWidth is the longest id among the rows (keys when every key is a
// row, else p.table), and the longest of at most maxWholeID (whole: the
// width that keeps every id but longer ones whole). Bytes stand in for
// cells: measuring 500 escaped ids per frame cost more than the whole
// table, and an id wider than its bytes is only cut with an ellipsis.
func (p *SeriesPane) keyWidth(keys []string) (w, whole int) {
	see := func(n int) {
		w = max(w, n)
		if n <= maxWholeID {
			whole = max(whole, n)
		}
	}
	for _, k := range keys {
		see(len(k))
	}
	for i := range p.table {
		see(len(p.table[i].key))
	}
	return w, whole
}

// sortRows orders the rows by the chosen column; numbers highest first
// (the hottest machine on top), missing values last, ties by id; last
// seen newest first, as the column shows it against now (ageOrder: rows
// all reading `now` are tied). The rows come in id order, so sorting by
// id is nothing and a stable sort keeps ties in id order without
// comparing names.
func (p *SeriesPane) sortRows(nf int, now time.Time) {
	by := p.sortBy
	if by == 0 {
		return
	}
	slices.SortStableFunc(p.table, func(a, b machineRow) int {
		c := 0
		switch {
		case by >= 1 && by <= nf:
			x, y := p.vals[a.vi+by-1], p.vals[b.vi+by-1]
			switch {
			case math.IsNaN(x) && !math.IsNaN(y):
				c = 1
			case !math.IsNaN(x) && math.IsNaN(y):
				c = -1
			case !math.IsNaN(x):
				c = cmp.Compare(y, x)
			}
		case by == nf+1:
			c = ageOrder(now, a.seen, b.seen)
		}
		return c
	})
}

// sparkData copies the visible rows' newest w buckets of history into out
// (reused): one entry per row, one series per field (none when w is 0),
// w cells each, oldest first. The window's resolution is kept, one cell
// per bucket, so a wider column shows more history rather than the same
// window stretched; a column wider than the window shows all of it.
// While the bucket being filled has no value yet, the sparkline is the
// window ending at the bucket before it, so every sparkline does not
// blink a gap at its newest cell, nor at its oldest, each time a bucket
// starts.
func sparkData(t *model.SeriesTable, rows []machineRow, w int, now time.Time, out [][][]float64) [][][]float64 {
	out = out[:0]
	win := t.View.History()
	var all []float64
	for _, r := range rows {
		e := t.Entries[r.key]
		if e == nil || w <= 0 {
			out = append(out, nil)
			continue
		}
		h := make([][]float64, len(e.Hist))
		for j := range e.Hist {
			all = e.Hist[j].Means(win, now, win.N, all[:0])
			if n := len(all); n > 1 && math.IsNaN(all[n-1]) {
				// the bucket being filled has no value yet: the window
				// ending at the last whole one (ut15b C22), its oldest
				// bucket still in the ring, so the line moves on a cell
				// when the new bucket has a value, and its oldest cell
				// does not go blank meanwhile (ut40b-19)
				all = e.Hist[j].Means(win, now.Add(-win.Bucket), win.N, all[:0])
			}
			h[j] = make([]float64, w)
			for c := range h[j] {
				h[j][c] = math.NaN()
			}
			copy(h[j][max(w-len(all), 0):], all[max(len(all)-w, 0):])
		}
		out = append(out, h)
	}
	return out
}

// sparkSeen is a sparkline column of w cells narrowed to the buckets
// the view's history spans (Hist.Seen, the most over every key, so
// scrolling or a filter moves no column), and its heading's width: a cell
// is a bucket, so a column wider than the history drawn stood blank
// beside it (ut43a-10: 6-cell sparklines beside 40 blank cells in the
// zoomed 200x50 Machines half a minute after start). The column grows a
// cell a bucket as the history does, up to the room it was given; the
// cells it leaves end the row, as those past the whole window do.
func sparkSeen(w int, t *model.SeriesTable, now time.Time) int {
	win := t.View.History()
	seen := 0
	for _, e := range t.Entries {
		for j := range e.Hist {
			seen = max(seen, e.Hist[j].Seen(win, now))
		}
		if seen >= w {
			return w
		}
	}
	if seen == 0 { // no history yet: the room it will take
		return w
	}
	return min(w, max(seen, draw.Width(shortDur(win.Bucket*time.Duration(seen)))))
}

// row collects a table line's cells, leaving out zero-width columns.
type row struct {
	cells  []string
	widths []int
}

func (r *row) add(cell string, w int) {
	if w > 0 {
		r.cells, r.widths = append(r.cells, cell), append(r.widths, w)
	}
}

func (r *row) String() string { return draw.Columns(r.cells, r.widths) }

func (p *SeriesPane) headLine(fields []model.Field, lay machineCols) string {
	var r row
	r.add(p.mark("id", 0), lay.key)
	r.add(shortHeading(p.statusLabel, lay.status), lay.status)
	span := shortDur(p.windowSpan())
	for i, f := range fields[:min(lay.fields, len(fields))] {
		r.add(p.markIn(model.PrintableString(f.Label), i+1, lay.value[i]), lay.value[i])
		r.add(span, lay.sparkW(i))
	}
	r.add(p.mark("seen", len(fields)+1), lay.seen)
	return r.String()
}

// mark flags the sorted column's title.
func (p *SeriesPane) mark(title string, col int) string {
	if col == p.sortBy {
		return title + "▼"
	}
	return title
}

// markIn is mark's title in w cells: a cut title keeps the sort's `▼`
// after its cut (`pow…▼`), so the heading still says the order.
func (p *SeriesPane) markIn(title string, col, w int) string {
	t := p.mark(title, col)
	if col != p.sortBy || draw.Width(t) <= w || w < 3 {
		return t
	}
	return ansi.Truncate(title, w-1, "…") + "▼"
}

// windowSpan is how much history the sparklines draw: the newest buckets
// that fit the column (the window when all do), from the oldest that
// holds a value on a row drawn, so the heading says the span drawn, not
// the room (ut42a-3).
func (p *SeriesPane) windowSpan() time.Duration {
	win := p.frame.view.History()
	w := min(p.frame.lay.spark, win.N)
	if w <= 0 {
		return win.Span()
	}
	drawn := 0
	for _, row := range p.frame.hist {
		for _, h := range row {
			drawn = max(drawn, drawnCells(h, w))
		}
	}
	if drawn == 0 { // no history yet: the room it will take
		drawn = w
	}
	return win.Bucket * time.Duration(drawn)
}

func (p *SeriesPane) rowLine(view *model.TopicView, m *machineRow, sparks [][]float64, lay machineCols, now time.Time, decimals []int) string {
	var r row
	var spark draw.Spark // drawing does not touch the pane's own state
	r.add(cutID(model.PrintableString(m.key), lay), lay.key)
	r.add(cutProgram(model.PrintableString(m.status), lay.status), lay.status) // a cut program keeps both ends: `co…-60`, `co…-40` read apart
	for j := range min(lay.fields, len(view.Fields)) {
		f := &view.Fields[j]
		v := p.vals[m.vi+j]
		r.add(markCell(levelMark(f.LevelOf(v)), lay.markW(j), f.FormatDecimals(v, decimals[j])), lay.value[j])
		if sw := lay.sparkW(j); sw > 0 && j < len(sparks) {
			r.add(spark.Render(sparks[j], sw), sw)
		} else {
			r.add("", sw)
		}
	}
	seen := age(now, m.seen)
	if m.stale {
		seen = "stale " + seen
		if draw.Width(seen) > lay.seen {
			seen = "stale" // the short form apartLayout may leave it (staleShort)
		}
	}
	r.add(seen, lay.seen)
	line := r.String()
	if m.stale { // old news: dim, the ! and !! markers still on the values
		return p.c.Styles.Dim.Render(line)
	}
	return p.c.Styles.level(m.level).Render(line)
}

// shortDur prints a span a sparkline draws, or a bucket: 55s, 5m, 1h,
// and minutes with seconds under an hour, 2m55s, so every span heading
// has one form (ut42a-24: `175s` in one pane beside `2m` in the next).
func shortDur(d time.Duration) string {
	if d > time.Minute && d < time.Hour && d%time.Minute != 0 && d%time.Second == 0 {
		return model.Length(d.Truncate(time.Minute)) + model.Length(d%time.Minute)
	}
	return model.Length(d)
}

// levelMark is the text marker that says warn or crit without colour.
func levelMark(l model.Level) string {
	switch l {
	case model.LevelWarn:
		return "!"
	case model.LevelCrit:
		return "!!"
	}
	return ""
}

func (s *Styles) level(l model.Level) interface{ Render(...string) string } {
	switch l {
	case model.LevelWarn:
		return s.Warn
	case model.LevelCrit:
		return s.Crit
	}
	return plain{}
}

// plain renders text as it is.
type plain struct{}

func (plain) Render(s ...string) string { return strings.Join(s, " ") }

// cutProgram is a program in w cells, cut in the middle: both ends kept
// (`co…-60`), at leastProgram cells its first letter and last two
// (`c…60`), so programs that differ at their end still read apart.
func cutProgram(s string, w int) string {
	if w >= 5 || draw.Width(s) <= w || w < leastProgram {
		return draw.FitMiddle(s, w)
	}
	return ansi.Truncate(s, 1, "") + draw.Ellipsis + draw.TruncateLeft(s, draw.Width(s)-(w-2), "")
}
