package ui

import (
	"strconv"

	"github.com/washboard/washboard/model"
)

// PartitionsPane shows every watched partition's leader and watermarks.
type PartitionsPane struct{ listPane }

// NewPartitionsPane makes the Partitions pane.
func NewPartitionsPane(c *Common) *PartitionsPane {
	return &PartitionsPane{listPane{c: c, title: "Partitions", header: 1}}
}

func (p *PartitionsPane) Status() string {
	var n int
	p.c.Store.Read(func(st *model.State) { n = len(st.Partitions) })
	return count(n) + " partitions"
}

func (p *PartitionsPane) Lines(focused bool) []string {
	var parts []model.PartitionStat
	page := p.page()
	p.c.Store.Read(func(st *model.State) {
		p.rows = len(st.Partitions)
		p.scroll.clamp(p.rows, page)
		end := min(p.scroll.offset+page, p.rows)
		parts = append(parts, st.Partitions[p.scroll.offset:end]...)
	})
	widths := flex(p.w, []int{0, 4, 6, 11, 11, 11}, 0, 8)
	lines := []string{p.c.Styles.Dim.Render(columns([]string{"topic", "part", "leader", "low", "high", "records"}, widths))}
	if len(parts) == 0 {
		return append(lines, p.c.Styles.Dim.Render("waiting for the first poll…"))
	}
	for i, pt := range parts {
		line := columns([]string{
			model.PrintableString(pt.Topic), strconv.Itoa(pt.Partition), strconv.Itoa(pt.Leader),
			count(pt.Low), count(pt.High), count(pt.High - pt.Low),
		}, widths)
		lines = append(lines, p.selected(line, p.scroll.offset+i, focused))
	}
	return lines
}
