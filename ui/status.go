package ui

import (
	"cmp"
	"slices"
	"strings"
	"time"

	"github.com/washboard/washboard/model"
)

// StatusPane shows a status view: each key's latest status and since when,
// with a count per status on top.
type StatusPane struct {
	listPane
	topic string
}

// NewStatusPane shows the status view of topic.
func NewStatusPane(c *Common, topic, title string) *StatusPane {
	return &StatusPane{listPane: listPane{c: c, title: title, header: 2}, topic: topic}
}

func (p *StatusPane) Status() string {
	var s string
	p.c.Store.Read(func(st *model.State) {
		if t := st.Status[p.topic]; t != nil {
			s = keysStatus(len(t.Entries), t.Errors, t.Evicted)
		}
	})
	return s
}

type statusRow struct {
	key, status string
	since, seen time.Time
}

func (p *StatusPane) Lines(focused bool) []string {
	var rows []statusRow
	ok := false
	p.c.Store.Read(func(st *model.State) {
		t := st.Status[p.topic]
		if t == nil {
			return
		}
		ok = true
		rows = make([]statusRow, 0, len(t.Entries))
		for _, e := range t.Entries {
			rows = append(rows, statusRow{e.Key, e.Status, e.Since, e.LastSeen})
		}
	})
	if !ok {
		return []string{p.c.Styles.Dim.Render("no view for " + model.PrintableString(p.topic))}
	}
	slices.SortFunc(rows, func(a, b statusRow) int { return cmp.Compare(a.key, b.key) })
	p.rows = len(rows)
	lines := []string{p.summary(rows)}
	if len(rows) == 0 {
		return append(lines, p.c.Styles.Dim.Render("waiting for records on "+model.PrintableString(p.topic)+"…"))
	}
	now := p.c.now()
	page := p.page()
	p.scroll.clamp(len(rows), page)
	widths := flex(p.w, []int{0, 12, 5}, 0, 6)
	lines = append(lines, p.c.Styles.Dim.Render(columns([]string{"key", "status", "since"}, widths)))
	for i := p.scroll.offset; i < min(p.scroll.offset+page, len(rows)); i++ {
		r := rows[i]
		line := columns([]string{model.PrintableString(r.key), model.PrintableString(r.status), age(now, r.since)}, widths)
		lines = append(lines, p.selected(line, i, focused))
	}
	return lines
}

// summary counts keys per status: "north 3 · south 5".
func (p *StatusPane) summary(rows []statusRow) string {
	counts := map[string]int{}
	for _, r := range rows {
		counts[r.status]++
	}
	names := make([]string, 0, len(counts))
	for n := range counts {
		names = append(names, n)
	}
	slices.Sort(names)
	parts := make([]string, 0, len(names))
	for _, n := range names {
		parts = append(parts, model.PrintableString(n)+" "+p.c.Styles.Accent.Render(count(counts[n])))
	}
	if len(parts) == 0 {
		return ""
	}
	return strings.Join(parts, " · ")
}
