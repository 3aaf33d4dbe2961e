package ui

import (
	"strings"

	"github.com/washboard/washboard/model"
	"github.com/washboard/washboard/ui/draw"
)

// sideGap is the blank cells between the key list and the per-status
// table beside it.
const sideGap = 2

// sideSparkLeast is the fewest cells the rate sparkline beside the key
// list is drawn in: narrower, the pane keeps its one-line summary.
const sideSparkLeast = 10

// sideRoom is the cells a short pane (the grid's) leaves beside its key
// list, judged over every row as the list's widths are, so a scroll or a
// filter does not move it; 0 when there is no list.
func (p *StatusPane) sideRoom(d *statusData) int {
	if len(d.rows) == 0 {
		return 0
	}
	_, widths := p.listHeads(d)
	return p.w - draw.RowWidth(widths) - sideGap
}

// sideWidths sizes the per-status table beside the key list in room
// cells: the status (as wide as the widest, its heading at least), the
// keys now, the rate sparkline taking the rest up to the whole window (a
// bucket a cell, as zoomed) and /min as wide as its widest figure so
// far; nil where the sparkline would get fewer than sideSparkLeast cells.
func (p *StatusPane) sideWidths(d *statusData, room int) []int {
	nameW, nowW := draw.Width(p.statsHeading(d)), len("now")
	for _, s := range d.stats {
		nameW = max(nameW, draw.Width(model.PrintableString(s.name)))
		nowW = max(nowW, len(count(s.now)))
	}
	perMin := max(len("/min"), p.rateW)
	w := draw.Flex(room, []int{nameW, nowW, 0, perMin}, 2, 0)
	if w[2] < sideSparkLeast {
		return nil
	}
	w[2] = min(w[2], max(d.view.History().N, draw.Width(sparkHeading(&d.view, 0))))
	return w
}

// besideList puts the per-status table to the right of the key list's
// lines (a short pane with the width: the 200x50 grid's Riders and
// Students, ut36a-22, ut37-12): each status's keys now and its rate
// sparkline in the cells the list leaves blank, instead of the summary
// line above the list, whose row goes to a key. The list keeps its
// columns; the table starts sideGap cells after its widest row. rows is
// the lines the list has in the pane.
func (p *StatusPane) besideList(list []string, d *statusData, listW, rows int) []string {
	room := p.w - listW - sideGap
	widths := p.sideWidths(d, room)
	if widths == nil {
		return list
	}
	side := p.sideLines(d, widths, rows)
	for len(list) < len(side) {
		list = append(list, "")
	}
	pad := strings.Repeat(" ", sideGap)
	for i, s := range side {
		l := list[i]
		if gap := listW - draw.Width(l); gap > 0 {
			l += strings.Repeat(" ", gap)
		}
		list[i] = l + pad + s
	}
	return list
}

// sideLines is the table beside the list in rows lines at most: its
// headings, then a line a status, the last saying how many more there
// are where they do not all fit.
func (p *StatusPane) sideLines(d *statusData, widths []int, rows int) []string {
	st := p.c.Styles
	sh := sparkHeading(&d.view, widths[2], d.statPoints()...)
	sh = strings.Repeat(" ", max(widths[2]-draw.Width(sh), 0)) + sh
	lines := []string{st.Dim.Render(draw.Columns([]string{p.statsHeading(d), "now", sh, "/min"}, widths))}
	n := len(d.stats)
	if n > rows-1 {
		n = max(rows-2, 0)
	}
	var spark draw.Spark
	top := 0.0 // one scale for every status's sparkline, as zoomed
	for _, s := range d.stats {
		top = max(top, draw.Highest([][]float64{s.points}, widths[2]))
	}
	for _, s := range d.stats[:n] {
		lines = append(lines, draw.Columns([]string{model.PrintableString(s.name), count(s.now),
			spark.CountsUpTo(s.points, widths[2], top), rateText(s.lastMinute)}, widths))
	}
	if n < len(d.stats) && rows > 1 {
		lines = append(lines, st.Dim.Render(draw.Clip("… +"+itoa(len(d.stats)-n)+" more (zoom with z)", draw.RowWidth(widths))))
	}
	return lines
}
