package ui

import (
	"time"

	"github.com/charmbracelet/x/ansi"

	"github.com/washboard/washboard/model"
)

// partTable lays out the Partitions table for a width: a narrow grid box
// keeps name, offset, lag, rate and health; a wide (zoomed) one adds
// leader, watermarks, committed offset, lag as time and the sparkline.
// Numeric columns are as wide as the widest number shown (at least their
// title), the name column as its longest name, and on short widths the
// least useful columns go first; see fit.
type partTable struct {
	st      *Styles
	w       int
	wide    bool
	reasons bool
	widths  []int
	spark   int
}

func newPartTable(st *Styles, w int, reasons bool) *partTable {
	return &partTable{st: st, w: w, wide: w >= 90, reasons: reasons}
}

// titles are the column titles of the table's layout.
func (t *partTable) titles() []string {
	switch {
	case t.reasons:
		return []string{"topic/partition/group", "health", "why"}
	case t.wide:
		return []string{"topic/partition/group", "leader", "low", "high", "committed", "lag", "rate", "health", "behind", "eta", "lag history"}
	}
	return []string{"topic/partition/group", "offset", "lag", "rate", "health"}
}

// texts are a row's cells in the layout's columns.
func (t *partTable) texts(c cells, kind rowKind) []string {
	switch {
	case t.reasons:
		return []string{c.name, c.health, c.trend}
	case t.wide:
		return []string{c.name, c.leader, c.low, c.high, c.committed, c.lag, c.rate, c.health, c.behind, c.eta, c.trend}
	}
	offset := c.high
	if kind == topicGroupRow || kind == partGroupRow {
		offset = c.committed
	}
	return []string{c.name, offset, c.lag, c.rate, c.health}
}

// fit sizes the columns to the rows on screen: each as wide as its widest
// cell or title, the name at most 30 cells. Too wide, the least useful
// columns go (zoomed: leader, low, eta, behind, lag history, committed;
// in the grid: rate); the last column in the layout (the sparkline or
// reason when zoomed, else the name) takes what is left.
func (t *partTable) fit(rows [][]string) {
	titles := t.titles()
	want := make([]int, len(titles))
	for i, h := range titles {
		want[i] = ansi.StringWidth(h)
	}
	want[0] = 10
	for _, r := range rows {
		for i, c := range r {
			want[i] = max(want[i], ansi.StringWidth(c))
		}
	}
	want[0] = min(want[0], 30)
	if t.wide || t.reasons { // zoomed, there is room for the whole title
		want[0] = max(want[0], ansi.StringWidth(titles[0]))
	}
	var drop []int
	grow := 0
	switch {
	case t.reasons:
		grow = 2
	case t.wide:
		want[10] = 8 // the sparkline: at least 8 cells, then what is left
		drop, grow = []int{1, 2, 9, 8, 10, 4}, 10
	default:
		drop = []int{3}
	}
	t.widths = fitWidths(t.w, want, drop, grow, 0)
	if t.wide && !t.reasons {
		// Newest at the right: a sparkline wider than lagSparkMax would
		// sit far from its heading on a wide screen.
		t.widths[10] = min(t.widths[10], lagSparkMax)
		t.spark = t.widths[10]
	}
}

// lagSparkMax is the widest a lag sparkline is drawn (one cell a poll).
const lagSparkMax = 40

func (t *partTable) head() string { return t.st.Dim.Render(columns(t.titles(), t.widths)) }

// cells is one row in the wide layout's columns; narrow layouts pick some.
type cells struct {
	name, leader, low, high, committed, lag, rate, health, behind, eta, trend string
}

func (t *partTable) cells(st *model.State, idx partIndex, r prow) cells {
	switch r.kind {
	case topicRow:
		return t.topicCells(st, r)
	case partRow:
		var c cells
		c.name = "  " + itoa(r.part)
		if pt := idx[model.TP{Topic: r.topic, Partition: r.part}]; pt != nil {
			c.leader, c.low, c.high, c.rate = itoa(pt.Leader), count(pt.Low), count(pt.High), rate(pt.Rate)
		}
		return c
	}
	g := st.Lag.Groups[r.group]
	if g == nil {
		return cells{name: "    " + model.PrintableString(r.group)}
	}
	if r.kind == topicGroupRow {
		return t.topicGroupCells(g, r)
	}
	return t.partGroupCells(g, r)
}

func (t *partTable) topicCells(st *model.State, r prow) cells {
	var low, high int64
	var rt float64
	var n int
	for _, pt := range st.Partitions {
		if pt.Topic == r.topic {
			low, high, rt, n = low+pt.Low, high+pt.High, rt+pt.Rate, n+1
		}
	}
	return cells{
		name: t.st.Header.Render(model.PrintableString(r.topic)) + t.st.Dim.Render(" ("+itoa(n)+")"),
		low:  count(low), high: count(high), rate: rate(rt),
	}
}

func (t *partTable) topicGroupCells(g *model.GroupLag, r prow) cells {
	c := cells{name: " ↳ " + model.PrintableString(r.group)}
	tl := g.Topics[r.topic]
	if tl == nil {
		return c
	}
	var committed int64
	var worst *model.PartLag
	for _, p := range g.OnTopic(r.topic) {
		committed += p.Committed
		if worst == nil || p.Health > worst.Health {
			worst = p
		}
	}
	c.committed, c.lag, c.rate, c.health, c.eta = count(committed), count(tl.Lag), rate(tl.Rate), t.st.healthCell(tl.Health), etaText(tl.ETA)
	c.behind = behindText(tl.Behind, tl.BehindAtLeast)
	c.trend = ringSpark(tl.Hist, t.spark)
	if t.reasons && worst != nil {
		c.trend = "p" + itoa(worst.Partition) + ": " + worst.Reason()
	}
	return c
}

func (t *partTable) partGroupCells(g *model.GroupLag, r prow) cells {
	c := cells{name: "   ↳ " + model.PrintableString(r.group)}
	p := g.Parts[model.TP{Topic: r.topic, Partition: r.part}]
	if p == nil {
		return c
	}
	c.committed, c.lag, c.rate, c.health = count(p.Committed), count(p.Lag), rate(p.Rate), t.st.healthCell(p.Health)
	c.eta = etaText(partETA(p))
	c.behind = behindText(p.Behind, p.BehindAtLeast)
	c.trend = lagSpark(p.Hist, t.spark)
	if t.reasons {
		c.trend = p.Reason()
	}
	return c
}

// partETA is a partition's lag as time at its consume rate.
func partETA(p *model.PartLag) time.Duration {
	switch {
	case p.Lag == 0:
		return 0
	case p.Rate <= 0:
		return -1
	}
	return time.Duration(float64(p.Lag) / p.Rate * float64(time.Second))
}
