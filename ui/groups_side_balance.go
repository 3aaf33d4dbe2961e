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
// off the tallest, the cells of room no column has taken first; then a
// column whose content no other column has (same, per live column) and
// whose partitions' ages are under their lines or left out (sideCost.tails)
// takes the cells that say them on their lines where the others keep
// their lines, cuts and ages. No giver gives cells that cost it its ages.
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
	// then a column whose partitions' ages are under their lines or left
	// out takes the cells that say them on their lines from columns that
	// keep their lines, cuts, data and ages without them (ut29 W1 at
	// 100x30: every partition of a live group over two lines beside
	// columns with cells to give; ut31 Y3)
	for moved := true; moved; {
		moved = false
		for j, t := range live { // whose content no other column has (those alike stay alike: ut26 S4)
			if !sharedShape(same, j) && sc.cost(t, widths[t]).tails > 0 && takeCells(sc, widths, live, t, -1, room, gave) {
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
//
// A giver's cells are counted only as far as they are asked for (givers):
// each width tried lays a whole column out, and a giver walked down to
// its least for every round cost a frame 5-6 times its time (closing-s8,
// BenchmarkSideSnapshot); what moves is the same.
func takeCells(sc *sideCoster, widths, live []int, t, most, room int, gave []bool) bool {
	at := sc.cost(t, widths[t])
	free := room
	for _, w := range widths {
		free -= w
	}
	g := newGivers(sc, widths, live, t, most)
	need := 0
	for e := 1; g.total(e - max(free, 0)); e++ {
		c := sc.cost(t, widths[t]+e)
		if c.cuts > at.cuts || most >= 0 && c.lines >= at.lines || most < 0 && (c.lines > at.lines || c.tails >= at.tails) {
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
	taken := make([]int, len(widths))
	for ; need > 0; need-- { // a cell at a time from the column with the most to give
		from := -1
		for _, k := range live { // the widest that gives, so the givers stay within a cell of each other
			if k != t && g.gives(k, taken[k]+1) && (from < 0 || widths[k] >= widths[from]) {
				from = k
			}
		}
		widths[from]--
		taken[from]++
		gave[from] = true
		widths[t]++
	}
	return true
}

// givers are the cells takeCells's other live columns can give, each
// counted from its width down a cell at a time, only as far as asked.
type givers struct {
	sc           *sideCoster
	widths, live []int // the widths before any cell moved
	t, most      int
	can          []int      // per column: the cells it is known to give
	done         []bool     // its can is all it gives
	asked        []bool     // was and keep are set
	was          []sideCost // its cost at its width
	keep         []int      // the most lines it may have
}

func newGivers(sc *sideCoster, widths, live []int, t, most int) *givers {
	n := len(widths)
	return &givers{sc: sc, widths: slices.Clone(widths), live: live, t: t, most: most,
		can: make([]int, n), done: make([]bool, n), asked: make([]bool, n), was: make([]sideCost, n), keep: make([]int, n)}
}

// gives says column k gives at least n cells (its width less n keeps
// what takeCells asks of a giver), counting on from what it was known
// to give.
func (g *givers) gives(k, n int) bool {
	if !g.asked[k] {
		g.asked[k] = true
		g.was[k] = g.sc.cost(k, g.widths[k])
		g.keep[k] = g.most // fewer than the tallest had, within the rows
		switch {
		case g.was[k].lines > g.sc.rows: // a column with lines out of sight gives none
			g.done[k] = true
		case g.most < 0:
			g.keep[k] = g.was[k].lines
		default:
			g.keep[k] = min(g.most, g.sc.rows)
		}
	}
	for !g.done[k] && g.can[k] < n {
		w := g.widths[k] - g.can[k] - 1
		if w < minSideName {
			g.done[k] = true
			break
		}
		if c := g.sc.cost(k, w); c.lines > g.keep[k] || c.cuts > g.was[k].cuts || c.data > g.was[k].data || c.tails > g.was[k].tails {
			g.done[k] = true
			break
		}
		g.can[k]++
	}
	return g.can[k] >= n
}

// total says the givers give at least n cells between them.
func (g *givers) total(n int) bool {
	sum := 0
	for _, k := range g.live {
		if k != g.t {
			sum += g.can[k]
		}
	}
	for _, k := range g.live {
		if sum >= n {
			return true
		}
		if k == g.t {
			continue
		}
		had := g.can[k]
		g.gives(k, had+n-sum)
		sum += g.can[k] - had
	}
	return sum >= n
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

// holdKey says which box and columns widths are judged for: the box's
// width, not its rows, which the rebalance log's newest entry and an
// outcome's line under the columns change from one frame to the next
// (ut42a-23: a group stopping wrote an entry a line longer, and the
// widths held since it was live were judged afresh, the divider moving 5
// cells with nothing cut in either layout); hold re-judges them where
// the held ones would hide more lines in fewer rows.
func holdKey(cols []sideGroup, w int, reasons bool) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%d %t", w, reasons)
	for i := range cols {
		fmt.Fprintf(&b, " %q %t", cols[i].id, cols[i].found)
	}
	return b.String()
}
