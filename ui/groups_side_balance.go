package ui

import (
	"fmt"
	"slices"
	"strings"
)

// Side by side, a column's lines are never hidden behind `… N more lines
// (↓)` while the columns beside it have blank rows and cells to give: the
// box's rows are shared by width (a user test, ut29 W1: at 80x24 a live
// group's six partitions wrapped over two lines each, three lines hidden,
// while three groups beside it left eight rows blank under theirs).

// balanceRows moves cells, in place, from the live columns with fewer
// lines to the live column with the most where that has more lines than
// the rows: the fewest cells that take a line off it, each giver keeping
// fewer lines than the taker had, what it cuts, and at least minSideName
// cells, until every column fits its rows or no cells would take a line
// off the tallest, the cells of room no column has taken first; then the
// column of a group with members whose content no other column has (same,
// per live column) and whose partitions' tails wrap takes the cells that put them on one
// line where the others keep their lines: a live group's partitions keep
// the room of their `(behind)`, which comes and goes with each burst, on
// one line.
//
// It returns the columns that gave cells.
func balanceRows(sc *sideCoster, widths, live []int, same []string, room int) []bool {
	gave := make([]bool, len(widths))
	if len(live) < 2 {
		return gave
	}
	for range 64 { // each round takes at least a line off the tallest: bounded by the lines
		tall := live[0]
		for _, i := range live {
			if sc.cost(i, widths[i]).lines > sc.cost(tall, widths[tall]).lines {
				tall = i
			}
		}
		at := sc.cost(tall, widths[tall])
		if at.lines <= sc.rows || !takeCells(sc, widths, live, tall, at.lines-1, room, gave) {
			break
		}
	}
	// then a column whose partitions' tails wrap (their `(behind)`, or the
	// line kept for it, under them) takes the cells that keep them on one
	// line from columns that keep their lines, cuts and data without them
	// (ut29 W1 at 100x30: every partition of a live group over two lines
	// beside columns with cells to give)
	for moved := true; moved; {
		moved = false
		for j, t := range live { // a group with members (its tails held), whose content no other column has (those alike stay alike: ut26 S4)
			if len(sc.cols[t].stat.Detail) > 0 && !sharedShape(same, j) && sc.cost(t, widths[t]).tails > 0 && takeCells(sc, widths, live, t, -1, room, gave) {
				moved = true
			}
		}
	}
	return gave
}

// takeCells moves to column t the fewest cells that take a line off it,
// and cut nothing more in it, from the cells of room no column has, then
// from the other live columns that fit their rows: each giver keeping at
// least minSideName cells, what it cuts, its rows and fewer lines than most (or, with most < 0, the
// lines it has, the cells then taking a partition's tail onto one line),
// marked in gave. It says whether it moved any.
func takeCells(sc *sideCoster, widths, live []int, t, most, room int, gave []bool) bool {
	at := sc.cost(t, widths[t])
	give := make([]int, len(widths))
	free := room
	for _, w := range widths {
		free -= w
	}
	total := max(free, 0)
	for _, k := range live {
		if k == t {
			continue
		}
		was := sc.cost(k, widths[k])
		keep := most // fewer than the tallest had, within the rows
		switch {
		case was.lines > sc.rows: // a column with lines out of sight gives none
			continue
		case keep < 0:
			keep = was.lines
		default:
			keep = min(keep, sc.rows)
		}
		for widths[k]-give[k] > minSideName {
			c := sc.cost(k, widths[k]-give[k]-1)
			if c.lines > keep || c.cuts > was.cuts || c.data > was.data {
				break
			}
			give[k]++
		}
		total += give[k]
	}
	need := 0
	for e := 1; e <= total; e++ {
		c := sc.cost(t, widths[t]+e)
		if c.cuts > at.cuts || c.lines >= at.lines || most < 0 && c.tails >= at.tails {
			continue
		}
		need = e
		break
	}
	if need == 0 {
		return false
	}
	for ; need > 0 && free > 0; need-- {
		widths[t]++
		free--
	}
	for ; need > 0; need-- { // a cell at a time from the column with the most to give
		from := -1
		for _, k := range live { // the widest that gives, so the givers stay within a cell of each other
			if give[k] > 0 && (from < 0 || widths[k] >= widths[from]) {
				from = k
			}
		}
		widths[from]--
		give[from]--
		gave[from] = true
		widths[t]++
	}
	return true
}

// evenNarrow gives the columns that gave cells to balanceRows (gave)
// and are within a cell of the narrowest of them one width, the
// narrowest, where two or more are and each keeps its lines and cuts
// there; the cells taken back go to the live column, not of them, with
// the most lines. balanceRows takes cells a column at a time, and columns
// that give alike read alike (ut28a U1: one a cell wider broke its lines
// at other places than the two beside it).
func evenNarrow(sc *sideCoster, widths, live []int, gave []bool) {
	lo := -1
	for _, i := range live {
		if gave[i] && (lo < 0 || widths[i] < lo) {
			lo = widths[i]
		}
	}
	var near []int
	to := -1
	for _, i := range live {
		switch {
		case gave[i] && widths[i] <= lo+1:
			near = append(near, i)
		case to < 0 || sc.cost(i, widths[i]).lines > sc.cost(to, widths[to]).lines:
			to = i
		}
	}
	if len(near) < 2 || to < 0 {
		return
	}
	for _, i := range near {
		if at, less := sc.cost(i, widths[i]), sc.cost(i, lo); less.lines != at.lines || less.cuts > at.cuts {
			return
		}
	}
	for _, i := range near {
		widths[to] += widths[i] - lo
		widths[i] = lo
	}
}

// sideHold is the columns' widths a view keeps over its session: a
// frame's widths are taken only where the held ones would now hide more
// lines or cut more (ut29 W1: 18/19/19/21 cells, then 18/18/18/21 as the
// data changed; s13-side's note: two live columns beside a gone group
// traded a cell as one group's lag line changed).
type sideHold struct {
	key    string // the box and the columns the widths were judged for
	widths []int
}

// hold returns the widths to draw: the held ones where they were judged
// for the same box and columns and show as much as the frame's own,
// else the frame's, which are then held.
func (h *sideHold) hold(sc *sideCoster, key string, widths []int) []int {
	if h.key == key && len(h.widths) == len(widths) {
		held, now := holdCost(sc, h.widths), holdCost(sc, widths)
		if held.lines <= now.lines && held.cuts <= now.cuts {
			return slices.Clone(h.widths)
		}
	}
	h.key, h.widths = key, slices.Clone(widths)
	return widths
}

// holdCost is what columns at widths hide and cut: lines the tallest
// has past the rows, and the cuts of every column.
func holdCost(sc *sideCoster, widths []int) sideCost {
	var out sideCost
	for i, w := range widths {
		c := sc.cost(i, w)
		out.lines = max(out.lines, c.lines-sc.rows)
		out.cuts += c.cuts
	}
	return out
}

// holdKey says which box and columns widths are judged for.
func holdKey(cols []sideGroup, w, rows int, reasons bool) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%d %d %t", w, rows, reasons)
	for i := range cols {
		fmt.Fprintf(&b, " %q %t", cols[i].id, cols[i].found)
	}
	return b.String()
}
