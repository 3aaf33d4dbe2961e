package ui

import (
	"strings"

	"github.com/washboard/washboard/model"
	"github.com/washboard/washboard/ui/draw"
)

// Side by side, a column that cuts a client id or a topic is not left
// cutting beside a column that cuts nothing and has rows to spare: the
// other column puts its topic on a line of its own (or its host under its
// id) in rows it leaves blank, and its cells go to the cut (a user test,
// ut42a-8a: at 80x24 `washboa…emo-1-m1` and `laundry-…hine-logs` beside a
// column whose every line ended in blank cells and whose last 8 rows were
// blank).

// cutsTakeRows moves cells, in place, to a live column with something
// cut under its heading (sideCost.data) from live columns that cut
// nothing: the fewest cells that cut fewer of its lines, taking no line
// past the rows nor past the tallest column's, each giver then still
// cutting nothing, keeping its ages and within the rows and the tallest
// column's lines. Columns alike (same) neither take nor give, so they
// stay alike (ut26 S4). It runs until no column gains.
func cutsTakeRows(sc *sideCoster, widths, live []int, same []string) {
	if len(live) < 2 {
		return
	}
	for range 16 { // each round cuts at least a line fewer: bounded by the lines
		if !cutTakesRows(sc, widths, live, same) {
			return
		}
	}
}

// cutTakesRows is one round of cutsTakeRows: it says whether cells moved.
func cutTakesRows(sc *sideCoster, widths, live []int, same []string) bool {
	tallest := 0
	for _, i := range live {
		tallest = max(tallest, sc.cost(i, widths[i]).lines)
	}
	tallest = min(tallest, sc.rows)
	for j, t := range live {
		at := sc.cost(t, widths[t])
		if at.data == 0 || sharedShape(same, j) || at.lines > sc.rows {
			continue
		}
		can := make(map[int]int) // per giver: the cells it gives at most
		total := 0
		for k, g := range live {
			if g == t || sharedShape(same, k) {
				continue
			}
			was := sc.cost(g, widths[g])
			if cuts, _ := drawnCuts(sc, g, widths[g]); cuts > 0 {
				continue
			}
			for w := widths[g] - 1; w >= max(minSideName, sideLeastCols); w-- {
				c := sc.cost(g, w)
				if cuts, lines := drawnCuts(sc, g, w); cuts > 0 || lines > tallest || c.tails > was.tails || c.lost > was.lost {
					break
				}
				can[g] = widths[g] - w
			}
			total += can[g]
		}
		for e := 1; e <= total; e++ {
			c := sc.cost(t, widths[t]+e)
			if c.data >= at.data || c.cuts-c.data > at.cuts-at.data || c.lines > max(at.lines, tallest) || c.lost > at.lost {
				continue
			}
			for _, g := range live { // from each giver in turn
				give := min(can[g], e)
				widths[g] -= give
				widths[t] += give
				e -= give
			}
			return true
		}
	}
	return false
}

// drawnCuts is what column j shows at w cells as the frame draws it
// (groupColumnDrawn: a client id whole on a line of its own where the
// column has the rows): the lines that cut something, its heading's
// included, and its lines.
func drawnCuts(sc *sideCoster, j, w int) (cuts, lines int) {
	g := &sc.cols[j]
	out := groupColumnDrawn(sc.sty, g, w, sideSparkNeed, sc.reasons, sc.rows)
	for _, l := range out[1:] {
		if strings.Contains(l, draw.Ellipsis) {
			cuts++
		}
	}
	lines = len(out)
	if draw.Width(model.PrintableString(g.id)) > w { // a name its heading wraps takes lines, one it cannot is cut (sideCost.cost)
		if head := sideNameLines(g.id, w); head != nil {
			lines += len(head) - 1
		} else {
			cuts++
		}
	}
	return cuts, lines
}
