package ui

import (
	"time"

	"github.com/washboard/washboard/model"
)

// partTable lays out the Partitions table for a width: a narrow grid box
// keeps name, offset, lag, rate and health; a wide (zoomed) one adds
// leader, watermarks, committed offset, lag as time and the sparkline.
type partTable struct {
	st      *Styles
	wide    bool
	reasons bool
	widths  []int
	spark   int
}

func newPartTable(st *Styles, w int, reasons bool) *partTable {
	t := &partTable{st: st, wide: w >= 90, reasons: reasons}
	switch {
	case t.wide:
		// name leader low high committed lag rate health behind eta trend
		t.widths = flex(w, []int{max(w/5, 16), 6, 10, 10, 10, 9, 8, 6, 6, 6, 0}, 10, 8)
		t.spark = t.widths[10]
	case reasons:
		t.widths = flex(w, []int{max(w/3, 10), 6, 0}, 2, 10) // name health reason
	default:
		t.widths = flex(w, []int{0, 9, 8, 7, 6}, 0, 10) // name offset lag rate health
	}
	return t
}

func (t *partTable) head() string {
	trend := "lag history"
	if t.reasons {
		trend = "why"
	}
	switch {
	case t.wide:
		return t.st.Dim.Render(columns([]string{"topic/partition/group", "leader", "low", "high", "committed", "lag", "rate", "health", "behind", "eta", trend}, t.widths))
	case t.reasons:
		return t.st.Dim.Render(columns([]string{"topic/partition/group", "health", "why"}, t.widths))
	}
	return t.st.Dim.Render(columns([]string{"topic/partition/group", "offset", "lag", "rate", "health"}, t.widths))
}

// cells is one row in the wide layout's columns; narrow layouts pick some.
type cells struct {
	name, leader, low, high, committed, lag, rate, health, behind, eta, trend string
}

func (t *partTable) row(st *model.State, idx partIndex, r prow) string {
	c := t.cells(st, idx, r)
	switch {
	case t.wide:
		return columns([]string{c.name, c.leader, c.low, c.high, c.committed, c.lag, c.rate, c.health, c.behind, c.eta, c.trend}, t.widths)
	case t.reasons:
		return columns([]string{c.name, c.health, c.trend}, t.widths)
	}
	offset := c.high
	if r.kind == topicGroupRow || r.kind == partGroupRow {
		offset = c.committed
	}
	return columns([]string{c.name, offset, c.lag, c.rate, c.health}, t.widths)
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
