package ui

import (
	"strings"

	"github.com/charmbracelet/x/ansi"

	"github.com/washboard/washboard/model"
	"github.com/washboard/washboard/ui/draw"
)

// sideCost is what a column shows at a width: how many things are cut
// in it (a name its heading cannot wrap, a client id or topic cut in the
// middle, each line of a gone group's note past its first) and how many
// lines it takes, its heading's included; data counts the cuts under
// the heading. widest is its widest line (a cut name: the width), which
// the costs compare not; head is the lines its name's heading takes past
// its first (every column's heading takes as many lines as the most);
// tails counts the lines a partition's tail takes past its first (its
// `lag L 3m` under `/N @offset`), and twice each partition whose age its column leaves
// out (behindNone: a held column's every partition with a committed
// offset), the worse of the two; lost is those partitions' count, twice.
type sideCost struct{ cuts, lines, data, widest, head, tails, lost int }

// same says two costs show the same: as many cuts and lines.
func (c sideCost) same(d sideCost) bool {
	return c.cuts == d.cuts && c.lines == d.lines && c.data == d.data
}

// sideCoster lays the columns out at widths for their costs, each column
// at each width once per frame (a width is tried by several passes).
type sideCoster struct {
	sty     *Styles
	cols    []sideGroup
	reasons bool
	rows    int
	memo    map[[2]int]sideCost
}

// cost is column j's sideCost at w cells, from the plain text.
func (sc *sideCoster) cost(j, w int) sideCost {
	if c, ok := sc.memo[[2]int{j, w}]; ok {
		return c
	}
	if sc.memo == nil {
		sc.memo = map[[2]int]sideCost{}
	}
	g := &sc.cols[j]
	lines, lost := groupColumnLost(sc.sty, g, w, sideSparkNeed, sc.reasons, sc.rows)
	c := sideCost{lines: len(lines), tails: lost, lost: lost}
	switch name := model.PrintableString(g.id); {
	case draw.Width(name) <= w:
		c.widest = draw.Width(name)
	default:
		if head := sideNameLines(g.id, w); head != nil && len(lines)+len(head)-1 <= sc.rows {
			c.lines += len(head) - 1
			c.head = len(head) - 1
			for _, l := range head {
				c.widest = max(c.widest, draw.Width(l))
			}
		} else {
			c.cuts++
			c.widest = w
		}
	}
	for _, l := range lines[1:] {
		plain := ansi.Strip(l)
		c.widest = max(c.widest, draw.Width(plain))
		if strings.Contains(plain, draw.Ellipsis) {
			c.cuts++
			c.data++
		}
		if rest := strings.TrimLeft(plain, " "); strings.HasPrefix(plain, "  ") && (rest == "" || strings.HasPrefix(rest, "(") || strings.HasPrefix(rest, "lag ")) {
			c.tails++
		}
	}
	if !g.found {
		c.cuts += len(lines) - 2
	}
	sc.memo[[2]int{j, w}] = c
	return c
}

// shareByNeed moves cells between the columns of widths (set for every
// column) by need, in place: a column with something cut that more
// cells would show whole takes, one cell at a time, from the column with
// the most cells it leaves blank on every line and does not need (fewer
// would show the same lines, nothing more cut), never under
// sideLeastCols (a gone group's, minSideName). Shares before it count
// what every column's lines need on one line each, so a column whose
// long name or topic wraps there kept blank cells beside a cut client id
// (ut22b N10: a 67-cell column, 30 of them blank, beside `was…1-m1`;
// N17: a gone group's name cut to 16 cells beside columns 15-25 cells
// blank). It returns the cells each column still wants.
func shareByNeed(sc *sideCoster, widths []int) []int {
	want := sharePass(sc, widths, false)
	sharePass(sc, widths, true) // then where more cells save lines (a name on two lines, not three)
	return want
}

// sharePass is one pass of shareByNeed: where something is cut, the
// fewest cells that cut as little as the most would, or all it can have
// when that still cuts a client id, a topic or a gone group's name (more
// cells show more of it); with lines, where
// nothing is cut and more cells save lines. A column with something cut
// gives none.
func sharePass(sc *sideCoster, widths []int, lines bool) []int {
	cols := sc.cols
	n := len(cols)
	want, spare, at := make([]int, n), make([]int, n), make([]sideCost, n)
	asks, room := false, 0 // a column that may want cells; the most cells the others could give
	for k := range cols {
		at[k] = sc.cost(k, widths[k])
		if at[k].cuts == 0 {
			room += max(widths[k]-at[k].widest, 0)
		}
	}
	for j := range cols {
		if at[j].cuts > 0 && !lines {
			asks = true
		} else if at[j].cuts == 0 && lines && cols[j].found && room-(widths[j]-at[j].widest) > 0 &&
			sc.cost(j, widths[j]+room-(widths[j]-at[j].widest)).lines < at[j].lines {
			asks = true
		}
	}
	if !asks || room == 0 {
		return want
	}
	total := 0
	for k := range cols {
		floor := sideLeastCols
		if widths[k] <= floor { // a box too narrow for every column's least: a column gives what it leaves blank, down to a name's least (ut28a U2: 21 cells, 4 blank on the lines that counted, beside a live group wrapping every partition)
			floor = minSideName
		}
		if !cols[k].found {
			floor = min(minSideName, widths[k])
		}
		if at[k].cuts > 0 || widths[k] <= floor {
			continue
		}
		lo := max(floor, min(at[k].widest, widths[k])) // no line is wider: the same lines there, mostly
		if !sc.cost(k, lo).same(at[k]) {
			lo = fewestCells(lo+1, widths[k], func(w int) bool { // the fewest cells showing the same
				return sc.cost(k, w).same(at[k])
			})
		} else if lo > floor && sc.cost(k, lo-1).same(at[k]) { // a line that wraps where it must not shrink
			lo = fewestCells(floor, lo-1, func(w int) bool { return sc.cost(k, w).same(at[k]) })
		}
		spare[k] = widths[k] - lo
		total += spare[k]
	}
	if total == 0 {
		return want
	}
	for j := range cols {
		if lines != (at[j].cuts == 0) || lines && !cols[j].found { // a gone group's name wraps in the width of its note
			continue
		}
		top := widths[j] + total - spare[j]
		if !cols[j].found {
			top = min(top, max(widths[j], draw.Width(goneNote)))
		}
		best := sc.cost(j, top)
		switch {
		case !lines && best.cuts == at[j].cuts && (at[j].data > 0 || !cols[j].found):
			want[j] = top - widths[j]
		case !lines && best.cuts == at[j].cuts: // a live group's name cut in any case: more of it, while its rows stay (a row freed no column could use stood blank)
			if best.lines < at[j].lines && at[j].lines > longestBut(at, j) {
				top = fewestCells(widths[j], top, func(w int) bool {
					return sc.cost(j, w).lines < at[j].lines
				}) - 1
			}
			want[j] = top - widths[j]
		case !lines:
			want[j] = fewestCells(widths[j]+1, top, func(w int) bool {
				return sc.cost(j, w).cuts <= best.cuts
			}) - widths[j]
		case best.lines < at[j].lines:
			want[j] = fewestCells(widths[j]+1, top, func(w int) bool {
				return sc.cost(j, w).lines <= best.lines
			}) - widths[j]
		default:
			continue
		}
		spare[j] = 0 // a column short of cells gives none
	}
	moveCells(widths, want, spare)
	sameGone(cols, widths, want, spare)
	return want
}

// sameGone gives the gone groups' columns one width, the widest of them
// where the columns' spare holds it, else the narrowest, the cells taken
// back going to a column that still wants some, else the first that
// gave (ut19a H8: two gone groups 28 and 29 cells).
func sameGone(cols []sideGroup, widths, want, spare []int) {
	lo, hi := 0, 0
	for i := range cols {
		if !cols[i].found {
			lo, hi = min(lo, widths[i]), max(hi, widths[i])
			if lo == 0 {
				lo = widths[i]
			}
		}
	}
	if lo == hi {
		return
	}
	more, left := make([]int, len(cols)), 0
	for i := range cols {
		left += spare[i]
		if !cols[i].found {
			more[i] = hi - widths[i]
			left -= more[i]
		}
	}
	if left >= 0 {
		moveCells(widths, more, spare)
		return
	}
	back := 0
	for i := range cols {
		if !cols[i].found {
			back += widths[i] - lo
			want[i] += widths[i] - lo
			widths[i] = lo
		}
	}
	for i := range cols {
		if cols[i].found && want[i] > 0 {
			give := min(back, want[i])
			widths[i] += give
			want[i] -= give
			back -= give
		}
	}
	for i := range cols {
		if cols[i].found && back > 0 {
			widths[i] += back
			back = 0
		}
	}
}

// fewestCells is the least w in [lo, hi] for which ok holds, ok holding
// at hi and for every width above one where it holds.
func fewestCells(lo, hi int, ok func(int) bool) int {
	for lo < hi {
		mid := (lo + hi) / 2
		if ok(mid) {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return hi
}

// moveCells gives each column its want, a cell at a time in turn, from
// the column with the most spare, while any has some.
func moveCells(widths, want, spare []int) {
	for moved := true; moved; {
		moved = false
		for j := range want {
			if want[j] == 0 {
				continue
			}
			from := -1
			for k := range spare {
				if k != j && spare[k] > 0 && (from < 0 || spare[k] > spare[from]) {
					from = k
				}
			}
			if from < 0 {
				return
			}
			widths[j]++
			want[j]--
			widths[from]--
			spare[from]--
			moved = true
		}
	}
}

// longestBut is the most lines of the columns but j.
func longestBut(at []sideCost, j int) int {
	n := 0
	for k := range at {
		if k != j {
			n = max(n, at[k].lines)
		}
	}
	return n
}
