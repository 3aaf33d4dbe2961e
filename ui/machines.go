package ui

import (
	"cmp"
	"slices"
	"strings"

	"github.com/washboard/washboard/model"
)

// MachinesPane shows a series view: one row per key with its latest values.
type MachinesPane struct {
	listPane
	topic string
}

// NewMachinesPane shows the series view of topic.
func NewMachinesPane(c *Common, topic, title string) *MachinesPane {
	return &MachinesPane{listPane: listPane{c: c, title: title, header: 1}, topic: topic}
}

func (p *MachinesPane) Status() string {
	var s string
	p.c.Store.Read(func(st *model.State) {
		if t := st.Series[p.topic]; t != nil {
			s = keysStatus(len(t.Entries), t.Errors, t.Evicted)
		}
	})
	return s
}

// machineRow is one entry copied out of the store for rendering.
type machineRow struct {
	key, status string
	values      []float64
	seen        string
}

func (p *MachinesPane) Lines(focused bool) []string {
	var fields []model.Field
	var rows []machineRow
	now := p.c.now()
	p.c.Store.Read(func(st *model.State) {
		t := st.Series[p.topic]
		if t == nil {
			return
		}
		fields = t.View.Fields
		rows = make([]machineRow, 0, len(t.Entries))
		for _, e := range t.Entries {
			rows = append(rows, machineRow{e.Key, e.Status, slices.Clone(e.Values), age(now, e.LastSeen)})
		}
	})
	if fields == nil {
		return []string{p.c.Styles.Dim.Render("no view for " + model.PrintableString(p.topic))}
	}
	slices.SortFunc(rows, func(a, b machineRow) int { return cmp.Compare(a.key, b.key) })
	p.rows = len(rows)
	page := p.page()
	p.scroll.clamp(len(rows), page)

	widths := []int{0, 14}
	head := []string{"key", "status"}
	for _, f := range fields {
		widths = append(widths, 9)
		head = append(head, f.Label)
	}
	widths = flex(p.w, append(widths, 5), 0, 8)
	head = append(head, "seen")
	lines := []string{p.c.Styles.Dim.Render(columns(head, widths))}
	if len(rows) == 0 {
		return append(lines, p.c.Styles.Dim.Render("waiting for records on "+model.PrintableString(p.topic)+"…"))
	}
	end := min(p.scroll.offset+page, len(rows))
	for i := p.scroll.offset; i < end; i++ {
		r := rows[i]
		cells := []string{model.PrintableString(r.key), model.PrintableString(r.status)}
		worst := model.LevelOK
		for j, f := range fields {
			lv := f.LevelOf(r.values[j])
			worst = max(worst, lv)
			cells = append(cells, levelMark(lv)+f.FormatValue(r.values[j]))
		}
		cells = append(cells, r.seen)
		line := columns(cells, widths)
		lines = append(lines, p.selected(p.c.Styles.level(worst).Render(line), i, focused))
	}
	return lines
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
