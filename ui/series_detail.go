package ui

import (
	"bytes"
	"fmt"
	"math"
	"strings"
	"time"

	"charm.land/lipgloss/v2"
	"github.com/NimbleMarkets/ntcharts/v2/canvas"
	"github.com/NimbleMarkets/ntcharts/v2/linechart/timeserieslinechart"

	"github.com/washboard/washboard/model"
	"github.com/washboard/washboard/ui/draw"
)

// detailScan bounds how far back in the log the detail view looks for the
// machine's raw events, so a frame costs the same however long the log is.
const detailScan = 5000

// machineDetail is one key's state copied out of the store.
type machineDetail struct {
	found         bool
	status        string
	values        []float64
	hist          [][]float64 // one point per bucket, oldest first
	seen          time.Time
	count         uint64
	events        []string // newest first, already escaped
	eventsScanned bool
	// gutter is the widest the charts' value labels have been since the
	// detail opened (heldGutter), 0 before afterSnapshot.
	gutter int
	// cands is the log's records that may be the machine's (a byte
	// search), newest first, copied under the lock; afterSnapshot decodes
	// them into events outside it. Payloads are never written after the
	// fold, so the copies share them.
	cands []model.Record
}

// detailLines draws one machine: its latest values, a time-series chart
// per field over the view's window, and its most recent raw events.
func (p *SeriesPane) detailLines() []string {
	now, view, d := p.frame.now, p.frame.view, &p.frame.detail
	st := p.c.Styles
	if !d.found {
		return []string{
			"machine " + model.PrintableString(p.detail) + " is no longer tracked (evicted)",
			st.Dim.Render("esc to go back"),
		}
	}
	summary, perField, heading, _ := p.detailRows(view, d, now)
	lines := summary
	win := view.History()
	span := dataWindow(d.hist, win)      // the charts span the data seen, up to the window
	hist, rules := detailSeries(view, d) // over that span
	// one for every chart, so their time axes line up, and held at the
	// widest since the detail opened (heldGutter)
	gutter := max(yGutter(hist, d.values, rules, perField-1), d.gutter)
	values, titles := make([]string, len(view.Fields)), make([]string, len(view.Fields))
	for j := range view.Fields {
		f := &view.Fields[j]
		values[j] = model.PrintableString(f.Label) + " " + levelMark(f.LevelOf(d.values[j])) + f.FormatDecimals(d.values[j], p.frame.decimals[j])
		titles[j] = values[j] + thresholds(f, p.frame.decimals[j])
	}
	// what is drawn: the buckets' means, not the samples (ut15b C17); said
	// once, on the first field's title (ut41-15: three times at 200x50)
	note := "  · drawn: mean per " + shortDur(win.Bucket)
	if perField >= detailChartMin {
		for j := range view.Fields {
			title := st.Accent.Render(titles[j])
			if j == 0 {
				title += st.Dim.Render(note)
			}
			lines = append(lines, title)
			lines = append(lines, timeChart(hist[j], d.values[j], rules[j], st.Dim, span, now, p.w, perField-1, gutter)...)
		}
	} else {
		lines = append(lines, besideTitles(st, hist, sparkTitles(values, titles, note, p.w), p.w)...)
	}
	for _, l := range heading {
		lines = append(lines, st.Dim.Render(l))
	}
	if len(d.events) == 0 && heading != nil {
		lines = append(lines, st.Dim.Render("none in the last "+count(detailScan)+" log records"))
	}
	return append(lines, d.events...)
}

// detailSpark is a field's history (the span the charts take:
// dataWindow) as a sparkline w cells wide: a history of fewer buckets
// than w is drawn over all w cells, as the zoomed detail's charts draw
// the data seen over their width (ut42a-2: 8 cells of 32 drawn beside
// 25 blank ones 35 s into a machine's history).
func detailSpark(h []float64, w int) string {
	var s draw.Spark
	if n := len(h); n > 1 && math.IsNaN(h[n-1]) {
		h = h[:n-1] // the bucket being filled, no value yet: not a gap (ut15b C22)
	}
	return s.Render(stretched(h, w), w)
}

// detailSparkMin is the fewest cells a sparkline beside a field's title
// takes: fewer show too little history to read a trend in.
const detailSparkMin = 8

// sparkTitles is each field's title for a row with its sparkline beside
// it, one form for every field (ut41-2: heat's thresholds went where
// power's stayed): the titles with their thresholds, the first with the
// note of what is drawn, where every row holds a sparkline of
// detailSparkMin cells beside its title; else without the note; else
// the values alone (the value and its trend say more than thresholds,
// which zooming shows). The styles are added by besideTitles.
func sparkTitles(values, titles []string, note string, w int) [][2]string {
	fits := func(ts []string, first string) bool {
		for j, t := range ts {
			if j == 0 {
				t += first
			}
			if !fitsBeside(t, w) {
				return false
			}
		}
		return true
	}
	form := values
	notes := ""
	switch {
	case fits(titles, note):
		form, notes = titles, note
	case fits(titles, ""):
		form = titles
	}
	out := make([][2]string, len(form))
	for j, t := range form {
		out[j][0] = t
		if j == 0 {
			out[j][1] = notes
		}
	}
	return out
}

// besideTitles is each field's row: its title (and note), then its
// sparkline, every sparkline as wide as the narrowest room the titles
// leave and ending at the row's right edge, so each spans the same
// minutes in the same columns (ut41-2: 12, 18 and 18 cells, each its
// own span), hist being each field's buckets over the charts' span; a title alone where no row holds detailSparkMin cells for it
// (ut39-14: the README promises a sparkline per field).
func besideTitles(st *Styles, hist [][]float64, titles [][2]string, w int) []string {
	room := w
	for _, t := range titles {
		room = min(room, w-draw.Width(t[0]+t[1])-2)
	}
	out := make([]string, len(titles))
	for j, t := range titles {
		line := st.Accent.Render(t[0]) + st.Dim.Render(t[1])
		if room >= detailSparkMin {
			line += strings.Repeat(" ", w-draw.Width(t[0]+t[1])-room) + detailSpark(hist[j], room)
		}
		out[j] = line
	}
	return out
}

// fitsBeside reports whether a sparkline of detailSparkMin cells fits
// beside title in w cells: on the title's row it leaves the rows under
// it to the raw events.
func fitsBeside(title string, w int) bool {
	return w-draw.Width(title)-2 >= detailSparkMin
}

// detailHeads are the detail's summary (the machine, its program, when
// last seen, its records, the way back) and the raw events' heading,
// each wrapped to the pane's width between its parts: both are read
// whole, never cut while rows are there (ut16a D11: `179 records seen ·
// esc back` and `from the Log (newest first)` were cut at 80x24).
func (p *SeriesPane) detailHeads(view model.TopicView, d *machineDetail, now time.Time) (summary, heading []string) {
	parts := []string{p.c.Styles.Header.Render(model.PrintableString(p.detail))}
	if d.status != "" {
		parts = append(parts, model.PrintableString(d.status))
	}
	seen := "seen " + age(now, d.seen)
	if view.IsStale(d.seen, now) {
		seen = "stale, " + seen
	}
	parts = append(parts, seen, plural(d.count, "record")+" seen", "esc back")
	// The summary counts every record of the key since it was tracked; the
	// list is the newest the Log still holds: say which of them it is.
	head := fmt.Sprintf("its newest %d of %s seen, from the Log (newest first)", len(d.events), plural(d.count, "record"))
	if draw.Width(head) > p.w {
		head = fmt.Sprintf("newest %d of %s, from the Log", len(d.events), plural(d.count, "record"))
	}
	return draw.WrapParts(parts, " · ", p.w), draw.Wrap(head, p.w)
}

// detailRows lays the detail out: its summary lines, each field's rows
// (detailLayout), the raw events' heading and how many events fit under
// it. Where the rows the fields leave hold the events but not their
// heading too, the events go without it: a record with its time reads
// as one, a heading cut or alone over no record does not.
func (p *SeriesPane) detailRows(view model.TopicView, d *machineDetail, now time.Time) (summary []string, perField int, heading []string, events int) {
	summary, heading = p.detailHeads(view, d, now)
	perField, rows := detailLayout(p.h, len(summary), len(view.Fields))
	if rows < len(heading)+1 {
		return summary, perField, nil, rows
	}
	return summary, perField, heading, rows - len(heading)
}

// detailRowsMax is the most rows a field's chart takes (its title
// included) before the raw events get the rest; detailEventsMin the
// raw events listed at least while charts are short of it.
const (
	detailRowsMax   = 12
	detailEventsMin = 1
	// detailChartMin is the fewest rows a field's chart takes: its title,
	// three value rows, the time axis and its labels. With one value row
	// the line, its value label and a threshold share a row that says
	// nothing (ut34a-32: heat 40.7 on the row of `warn 80`); with two,
	// labels 60 apart put 62.5 °C on the row of warn 80 and crit 95 both
	// (ut39-12). Fewer rows than this draw a sparkline under the title
	// instead, the thresholds said in the title's words.
	detailChartMin = 6
)

// detailLayout splits a detail view of h rows, head of them the summary,
// among nFields fields and the recent events with their heading.
// The charts come first (ut16a D11: zoomed at 80x24 three one-row charts
// sat above six raw events): each field gets an even share of the rows
// left after detailEventsMin events (perField, title included), up to
// detailRowsMax, and the events every row the fields' drawings do not
// use, so no row is left empty while older events exist.
//
// Where the rows kept for the events would leave the charts short of
// detailChartMin while the whole box holds charts, the charts take them:
// a chart that reads says more than the events, which the Log lists
// (ut34a-32).
func detailLayout(h, head, nFields int) (perField, events int) {
	avail := h - head
	n := max(nFields, 1)
	perField = min((avail-detailEventsMin-1)/n, detailRowsMax) // and the events' heading; a chart's perField-1 rows
	if all := avail / n; perField < detailChartMin && all >= detailChartMin {
		perField = all
	}
	if perField < detailChartMin {
		perField = 1 // a title and its sparkline on one row (besideTitle)
	}
	return perField, max(avail-nFields*perField, 0)
}

// thresholds names a field's limits in the field's precision, as its
// values are printed: " (warn 80 · crit 95)".
func thresholds(f *model.Field, decimals int) string {
	var parts []string
	if f.Warn != nil {
		parts = append(parts, "warn "+f.FormatDecimals(*f.Warn, decimals))
	}
	if f.Crit != nil {
		parts = append(parts, "crit "+f.FormatDecimals(*f.Crit, decimals))
	}
	if len(parts) == 0 {
		return ""
	}
	return "  (" + strings.Join(parts, " · ") + ")"
}

// readDetail copies key's entry and the log records that may be its
// latest raw events (cands, reused); it runs under the frame's read lock,
// and decodes nothing.
func readDetail(st *model.State, t *model.SeriesTable, key string, now time.Time, cands []model.Record) machineDetail {
	e := t.Entries[key]
	if e == nil {
		return machineDetail{}
	}
	win := t.View.History()
	d := machineDetail{found: true, status: e.Status, values: append([]float64(nil), e.Values...), seen: e.LastSeen, count: e.Count}
	for j := range e.Hist {
		d.hist = append(d.hist, e.Hist[j].Means(win, now, win.N, nil))
	}
	d.cands = eventCandidates(st.Log, t.View.Topic, key, cands[:0])
	return d
}

// eventCandidates copies the newest records of the last detailScan in the
// log that may be key's: a cheap byte search, no decode (under the lock).
func eventCandidates(log *model.Ring[model.Record], topic, key string, out []model.Record) []model.Record {
	needle := []byte(key)
	for i := log.Len() - 1; i >= 0 && i >= log.Len()-detailScan; i-- {
		r := log.At(i)
		if r.Topic == topic && !r.Aborted && (bytes.Contains(r.ValueData(), needle) || bytes.Equal(r.Key, needle)) {
			out = append(out, r)
		}
	}
	return out
}

// recentEvents decodes candidates (newest first) to keep the up to n that
// are key's, formatted to w cells; it runs after the lock is released.
func recentEvents(v *model.TopicView, cands []model.Record, key string, n, w int) []string {
	var out []string
	var dec model.Decoded
	for i := range cands {
		if len(out) >= n {
			break
		}
		r := &cands[i]
		if v.Decode(r, &dec) != nil || dec.Key != key {
			continue
		}
		out = append(out, r.Time.Local().Format("15:04:05")+" "+model.PrintablePrefix(r.ValueData(), max(w, 16)))
	}
	return out
}

// afterSnapshot decodes the detail view's candidate records into its
// events, outside the store's lock.
func (p *SeriesPane) afterSnapshot() {
	f := &p.frame
	if p.detail == "" || !f.detail.found {
		return
	}
	_, perField, _, n := p.detailRows(f.view, &f.detail, f.now)
	f.detail.events = recentEvents(&f.view, f.detail.cands, p.detail, n, p.w)
	if perField >= detailChartMin {
		f.detail.gutter = p.heldGutter(perField - 1)
	}
}

// detailGutter is the widest the detail's charts' value labels have been
// since the detail of key opened in a box w x h: the charts' gutter,
// held so the charts do not move sideways as the labels' width follows
// the data (ut43a-19: labels stepping between `4`, `40` and `900` moved
// every chart a cell or two between frames).
type detailGutter struct {
	key  string
	w, h int
	held int
}

// heldGutter folds this frame's gutter (yGutter over the charts of h
// rows) into p.gutter and returns the widest held: given back only when
// another machine's detail opens or the box changes.
func (p *SeriesPane) heldGutter(h int) int {
	f, g := &p.frame, &p.gutter
	if g.key != p.detail || g.w != p.w || g.h != p.h {
		*g = detailGutter{key: p.detail, w: p.w, h: p.h}
	}
	hist, rules := detailSeries(f.view, &f.detail)
	g.held = max(g.held, yGutter(hist, f.detail.values, rules, h))
	return g.held
}

// detailSeries is each field's history over the span the charts take
// (dataWindow) and its thresholds (limits).
func detailSeries(view model.TopicView, d *machineDetail) (hist, rules [][]float64) {
	span := dataWindow(d.hist, view.History())
	hist, rules = make([][]float64, len(d.hist)), make([][]float64, len(view.Fields))
	for j := range d.hist {
		hist[j] = newest(d.hist[j], span.N)
	}
	for j := range view.Fields {
		rules[j] = limits(&view.Fields[j])
	}
	return hist, rules
}

// limits are a field's warn and crit thresholds, those it has.
func limits(f *model.Field) []float64 {
	var out []float64
	for _, l := range []*float64{f.Warn, f.Crit} {
		if l != nil {
			out = append(out, *l)
		}
	}
	return out
}

// yRange is the range of a chart's points and its latest value, the one
// its title names, so the axis always includes it (ut15b C17: a burst's
// last value above its bucket's mean); ±1 around a flat line, 0-1 for
// none. newYAxis widens it to round labels, which leaves the margin.
func yRange(points []float64, latest float64) (lo, hi float64) {
	lo, hi = math.Inf(1), math.Inf(-1)
	for _, v := range append(points[:len(points):len(points)], latest) {
		if !math.IsNaN(v) {
			lo, hi = min(lo, v), max(hi, v)
		}
	}
	if math.IsInf(lo, 1) {
		lo, hi = 0, 1
	}
	if hi-lo <= 1e-9*max(math.Abs(hi), 1) { // flat, up to the rounding of bucket means
		lo, hi = lo-1, hi+1
	}
	return lo, hi
}

// chartRows is the top row of a chart h rows high, counted from its time
// axis (row 0): ntcharts keeps the last row for the time labels and
// draws values in rows 1..h-2 (chartScale).
func chartRows(h int) int { return max(h-2, 0) }

// yGutter is the width of the y-axis labels every chart of the detail
// uses, each h rows high: the widest label any of them prints (ntcharts
// sizes its gutter from the labels it samples and cut a 3-digit top label
// to 2; a shared width also puts every chart's time ticks at the same
// columns).
func yGutter(hist [][]float64, latest []float64, rules [][]float64, h int) int {
	w := 1
	for j, points := range hist {
		ya, _ := chartAxis(points, latest[j], rules[j], h)
		w = max(w, ya.width(max(chartRows(h)-1, 0)))
	}
	return w
}

// timeChart draws points (one per bucket of win, oldest first, NaN gaps)
// as an ntcharts time-series line chart of w x h cells, its y labels
// gutter cells wide, its axis including latest. Each of rules (the
// field's thresholds) that falls in the chart's rows is a dim dashed line
// across the plot under the data (ut15b C3), in the row the line draws
// its value in (chartScale: ut25a Q6). The value axis is labelled at round, evenly spaced
// values (yAxis) and the time axis at round times (every 10 s, 30 s, 1 m
// … whatever leaves room for the labels, tickStep), in local time like
// the Log. The chart is made per frame: the detail view shows one
// machine, and a fresh chart holds only the window, where a kept one
// would grow without bound.
func timeChart(points []float64, latest float64, rules []float64, dim lipgloss.Style, win model.Window, now time.Time, w, h, gutter int) []string {
	rows := chartRows(h)
	ya, sc := chartAxis(points, latest, rules, h)
	ylo, yhi := sc.viewRange()
	start := win.Start(now)
	perCol := now.Sub(start).Seconds() / float64(max(w-gutter-1, 1))
	v0 := 0.0
	tick := timeTicks(tickStep(time.Duration(perCol * float64(time.Second))))
	c := timeserieslinechart.New(w, h,
		timeserieslinechart.WithTimeRange(start, now),
		timeserieslinechart.WithYRange(ylo, yhi),
		timeserieslinechart.WithXYSteps(1, 1), // every column and row asks; the formatters answer at round values only
		timeserieslinechart.WithXLabelFormatter(func(i int, v float64) string {
			// ntcharts asks column by column from 0: the columns' width is
			// read off its own values (its plot is a little narrower than
			// w less the gutter).
			if i == 0 {
				v0 = v
			} else {
				perCol = (v - v0) / float64(i)
			}
			return tick(v, perCol)
		}),
		timeserieslinechart.WithYLabelFormatter(func(i int, _ float64) string {
			if i == 0 { // the time axis' row holds no value
				return strings.Repeat(" ", gutter)
			}
			return fmt.Sprintf("%*s", gutter, ya.label(i-1)) // every label as wide as the widest
		}),
	)
	for i, v := range points {
		if !math.IsNaN(v) {
			at := start.Add(time.Duration(i)*win.Bucket + win.Bucket/2)
			c.Push(timeserieslinechart.TimePoint{Time: at, Value: steadyValue(v)})
		}
	}
	c.DrawBraille()
	for _, r := range rules {
		// the row the line would draw the threshold's value in
		i := sc.row(r)
		if i < 1 || i > rows || rows == 1 && !within(points, latest, r) {
			continue // off the chart; in a one-row chart, a threshold the line does not reach
		}
		y := c.Origin().Y - i
		for x := c.Origin().X + 1; x <= c.Origin().X+c.GraphWidth(); x++ {
			p := canvas.Point{X: x, Y: y}
			if cell := c.Canvas.Cell(p); cell.Rune == 0 || cell.Rune == ' ' {
				c.Canvas.SetCell(p, canvas.NewCellWithStyle('┄', dim))
			}
		}
	}
	return strings.Split(c.View(), "\n")
}

// within reports whether v lies between the lowest and the highest of
// points and latest.
func within(points []float64, latest, v float64) bool {
	lo, hi := math.Inf(1), math.Inf(-1)
	for _, p := range append(points[:len(points):len(points)], latest) {
		if !math.IsNaN(p) {
			lo, hi = min(lo, p), max(hi, p)
		}
	}
	return v >= lo && v <= hi
}

// position is the list's position, none while a machine's detail is open:
// the detail is not the list (ut16a D9: its border kept "1-12/14").
func (p *SeriesPane) position() string {
	if p.detail != "" {
		return ""
	}
	return p.listPane.position()
}
