package ui

import (
	"cmp"
	"math"
	"slices"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/washboard/washboard/model"
)

// MachinesPane shows a series view: one row per key with its latest values,
// a sparkline per field over the view's window, and its last-seen age.
// Sort, filter, cursor and the detail view are this session's own.
type MachinesPane struct {
	listPane
	topic  string
	sortBy int // 0 key, 1..n the view's fields (highest first), n+1 last seen
	filter filter
	detail string // key shown in the detail view; "" shows the list

	table  []machineRow // last render's rows, sorted and filtered (reused)
	vals   []float64    // their values, len(fields) per row (reused)
	sparks []spark      // one per field, reused row after row
	series []float64    // scratch for one sparkline
	// statusLabel heads the status column: the view's status field's name.
	statusLabel string
}

// NewMachinesPane shows the series view of topic.
func NewMachinesPane(c *Common, topic, title string) *MachinesPane {
	p := &MachinesPane{listPane: listPane{c: c, title: title, header: 1}, topic: topic, filter: newFilter(), statusLabel: "status"}
	c.Store.Read(func(st *model.State) {
		for _, v := range st.Views {
			if v.Topic == topic && v.Status != "" {
				p.statusLabel = model.PrintableString(v.Status[strings.LastIndexByte(v.Status, '.')+1:])
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

func (p *MachinesPane) Capturing() bool { return p.filter.typing }

func (p *MachinesPane) Help() []key.Binding {
	k := p.c.Keys
	switch {
	case p.detail != "":
		return []key.Binding{k.Back}
	case p.filter.typing:
		return p.filter.help(k)
	}
	return []key.Binding{k.Up, k.Down, k.Sort, k.Filter, k.Enter}
}

func (p *MachinesPane) Status() string {
	var s string
	var fields []model.Field
	p.c.Store.Read(func(st *model.State) {
		if t := st.Series[p.topic]; t != nil {
			shown := 0
			for _, e := range t.Entries {
				if p.filter.match(e.Key, e.Status) {
					shown++
				}
			}
			s, fields = keysStatus(shown, len(t.Entries), t.Errors, t.Evicted), t.View.Fields
		}
	})
	if fields == nil {
		return s
	}
	if p.detail != "" {
		return s + " · detail"
	}
	return joinStatus(&p.filter, s, "sort "+p.sortName(fields))
}

func (p *MachinesPane) sortName(fields []model.Field) string {
	switch {
	case p.sortBy == 0:
		return "id"
	case p.sortBy <= len(fields):
		return model.PrintableString(fields[p.sortBy-1].Label)
	}
	return "seen"
}

func (p *MachinesPane) Update(msg tea.Msg) tea.Cmd {
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
	if used, cmd := p.filter.handle(keys, k); used {
		p.scroll = scroller{}
		return cmd
	}
	switch {
	case key.Matches(k, keys.Sort):
		p.sortBy = (p.sortBy + 1) % (p.fieldCount() + 2)
	case key.Matches(k, keys.Enter):
		p.refresh() // the rows as they are now, not as last drawn
		if c := p.scroll.cursor; c >= 0 && c < len(p.table) {
			p.detail = p.table[c].key
		}
	default:
		p.scroll.handle(keys, k, p.rows, p.page())
	}
	return nil
}

func (p *MachinesPane) fieldCount() int {
	n := 0
	p.c.Store.Read(func(st *model.State) {
		if t := st.Series[p.topic]; t != nil {
			n = len(t.View.Fields)
		}
	})
	return n
}

func (p *MachinesPane) Lines(focused bool) []string {
	if p.detail != "" {
		return p.detailLines()
	}
	now := p.c.now()
	view, ok := p.refresh()
	if !ok {
		return []string{p.c.Styles.Dim.Render(noView(p.topic, model.SeriesView))}
	}
	var lines []string
	p.header = 1
	if p.filter.typing {
		lines = append(lines, p.filter.line(p.w))
		p.header = 2
	}
	p.rows = len(p.table)
	page := p.page()
	p.scroll.clamp(len(p.table), page)
	lay := machineLayout(p.w, len(view.Fields), p.keyWidth())
	lines = append(lines, p.c.Styles.Dim.Render(p.headLine(view.Fields, lay)))
	if len(p.table) == 0 {
		msg := waitingFor(p.c, p.topic)
		if p.filter.note() != "" {
			msg = "no key or status matches the filter"
		}
		return append(lines, p.c.Styles.Dim.Render(msg))
	}
	end := min(p.scroll.offset+page, len(p.table))
	sparks := p.sparkData(view, p.table[p.scroll.offset:end], lay.spark, now)
	for i := p.scroll.offset; i < end; i++ {
		line := p.rowLine(view, &p.table[i], sparks[i-p.scroll.offset], lay, now)
		lines = append(lines, p.selected(line, i, focused))
	}
	return lines
}

// refresh rebuilds p.table: the filtered entries in the chosen order.
func (p *MachinesPane) refresh() (model.TopicView, bool) {
	view, ok := p.collect(p.c.now())
	p.sortRows(len(view.Fields))
	return view, ok
}

// collect copies the view's entries that pass the filter into p.table.
func (p *MachinesPane) collect(now time.Time) (view model.TopicView, ok bool) {
	p.table, p.vals = p.table[:0], p.vals[:0]
	p.c.Store.Read(func(st *model.State) {
		t := st.Series[p.topic]
		if t == nil {
			return
		}
		view, ok = *t.View, true
		for _, e := range t.Entries {
			if !p.filter.match(e.Key, e.Status) {
				continue
			}
			p.table = append(p.table, machineRow{
				key: e.Key, status: e.Status, vi: len(p.vals), seen: e.LastSeen,
				level: e.Level(t.View), stale: t.View.IsStale(e.LastSeen, now),
			})
			p.vals = append(p.vals, e.Values...)
		}
	})
	return view, ok
}

// keyWidth is the longest id among the rows. Bytes stand in for cells:
// measuring 500 escaped ids per frame cost more than the whole table, and
// an id wider than its bytes is only cut with an ellipsis.
func (p *MachinesPane) keyWidth() int {
	w := 0
	for i := range p.table {
		w = max(w, len(p.table[i].key))
	}
	return w
}

// sortRows orders the rows by the chosen column; numbers highest first
// (the hottest machine on top), missing values last, ties by id.
func (p *MachinesPane) sortRows(nf int) {
	by := p.sortBy
	slices.SortFunc(p.table, func(a, b machineRow) int {
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
			c = b.seen.Compare(a.seen)
		}
		if c == 0 {
			c = model.NaturalCompare(a.key, b.key)
		}
		return c
	})
}

// sparkData reads the visible rows' histories, resampled to w cells.
func (p *MachinesPane) sparkData(view model.TopicView, rows []machineRow, w int, now time.Time) [][][]float64 {
	out := make([][][]float64, len(rows))
	if w <= 0 {
		return out
	}
	win := view.History()
	p.c.Store.Read(func(st *model.State) {
		t := st.Series[p.topic]
		if t == nil {
			return
		}
		for i, r := range rows {
			e := t.Entries[r.key]
			if e == nil {
				continue
			}
			out[i] = make([][]float64, len(e.Hist))
			for j := range e.Hist {
				out[i][j] = e.Hist[j].Means(win, now, w, nil)
			}
		}
	})
	return out
}

// machineCols is the Machines table's column widths for a pane width;
// fields is how many of the view's metrics are shown (the first ones).
type machineCols struct {
	key, status, value, spark, seen, fields int
}

// machineLayout sizes the Machines table. The id column always keeps room
// for the longest id up to 12 cells, so machines can be told apart; when
// the width is short the least useful columns go first: the program
// (shown in the detail view), then the sparklines, then last seen, then
// the last metrics. What is left over widens the id to its longest (up to 24
// cells) and then the sparklines, never the id beyond its longest.
func machineLayout(w, nf, keyW int) machineCols {
	keyW = max(keyW, 3) // "id▼"
	c := machineCols{key: min(keyW, 12), status: 11, value: 8, seen: 9, fields: nf}
	need := func() int {
		n := c.key + c.fields*c.value + c.fields
		if c.status > 0 {
			n += c.status + 1
		}
		if c.seen > 0 {
			n += c.seen + 1
		}
		return n + c.fields*(c.spark+min(c.spark, 1))
	}
	const minSpark, maxSpark = 5, 40
	// The first arrangement that fits wins: trends matter more than the
	// program (the detail view shows it), the program more than nothing.
	for _, try := range []struct{ spark, status, seen int }{
		{minSpark, 11, 9}, {minSpark, 0, 9}, {0, 11, 9}, {0, 0, 9}, {0, 0, 0},
	} {
		c.spark, c.status, c.seen = try.spark, try.status, try.seen
		if need() <= w {
			break
		}
	}
	for c.fields > 0 && need() > w {
		c.fields--
	}
	c.key = min(c.key, w)
	left := w - need()
	grow := min(left, min(keyW, 24)-c.key)
	c.key, left = c.key+max(grow, 0), left-max(grow, 0)
	if c.spark > 0 && c.fields > 0 {
		c.spark = min(c.spark+left/c.fields, maxSpark)
	}
	return c
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

func (r *row) String() string { return columns(r.cells, r.widths) }

func (p *MachinesPane) headLine(fields []model.Field, lay machineCols) string {
	var r row
	r.add(p.mark("id", 0), lay.key)
	r.add(p.statusLabel, lay.status)
	span := shortDur(p.windowSpan())
	for i, f := range fields[:min(lay.fields, len(fields))] {
		r.add(p.mark(model.PrintableString(f.Label), i+1), lay.value)
		r.add(span, lay.spark)
	}
	r.add(p.mark("seen", len(fields)+1), lay.seen)
	return r.String()
}

// mark flags the sorted column's title.
func (p *MachinesPane) mark(title string, col int) string {
	if col == p.sortBy {
		return title + "▼"
	}
	return title
}

func (p *MachinesPane) windowSpan() time.Duration {
	var d time.Duration
	p.c.Store.Read(func(st *model.State) {
		if t := st.Series[p.topic]; t != nil {
			d = t.View.History().Span()
		}
	})
	return d
}

func (p *MachinesPane) rowLine(view model.TopicView, m *machineRow, sparks [][]float64, lay machineCols, now time.Time) string {
	var r row
	r.add(model.PrintableString(m.key), lay.key)
	r.add(model.PrintableString(m.status), lay.status)
	if len(p.sparks) < len(view.Fields) {
		p.sparks = make([]spark, len(view.Fields))
	}
	for j := range min(lay.fields, len(view.Fields)) {
		f := &view.Fields[j]
		v := p.vals[m.vi+j]
		r.add(levelMark(f.LevelOf(v))+f.FormatValue(v), lay.value)
		if lay.spark > 0 && j < len(sparks) {
			r.add(p.sparks[j].render(sparks[j], lay.spark), lay.spark)
		} else {
			r.add("", lay.spark)
		}
	}
	seen := age(now, m.seen)
	if m.stale {
		seen = "stale " + seen
	}
	r.add(seen, lay.seen)
	line := r.String()
	if m.stale { // old news: dim, the ! and !! markers still on the values
		return p.c.Styles.Dim.Render(line)
	}
	return p.c.Styles.level(m.level).Render(line)
}

// shortDur prints a window length: 5m, 90s, 1h.
func shortDur(d time.Duration) string {
	switch {
	case d >= time.Hour && d%time.Hour == 0:
		return count(int64(d/time.Hour)) + "h"
	case d >= time.Minute && d%time.Minute == 0:
		return count(int64(d/time.Minute)) + "m"
	}
	return count(int64(d/time.Second)) + "s"
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
