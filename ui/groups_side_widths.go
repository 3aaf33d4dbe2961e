package ui

import (
	"slices"
	"strings"

	"github.com/washboard/washboard/ui/draw"
)

// columnWidths shares w cells (less the separators) between the groups'
// columns. A gone group keeps the width of its one line where the groups
// on the cluster still get all they need beside it, else the width of its
// message on two lines, else on three (minSideName), its long name cut to
// it (ut15b C28); it takes none of the spare (ut18a F1: two gone groups
// kept a quarter of the width each, their message cut, blank rows under
// it; ut19a H8: 29 cells each on one line while the live columns beside
// them cut their topics). The others share the rest: a column that needs
// less than an even share keeps what it needs, so member lines keep their
// rate and idle (a user test, issue 14, B32, C13), its name counting for
// minSideName, and then a column whose name would be cut takes cells from
// one with more than its name and sideLeastCols (the 120x40 grid cut the
// first group's name beside columns with blank cells). Columns of the
// same content (the same need) get the same width: an odd cell goes to a
// column whose content no other has, else evenly to the gone groups'
// columns, else stays blank at the end (ut19a H8: 28 and 29 cells, the same topic cut
// two ways). A lag sparkline counts for its
// least (sideSparkNeed): it takes what its line has left, not room from
// the other columns.
func columnWidths(sty *Styles, cols []sideGroup, w int, reasons bool, rows int) []int {
	n := len(cols)
	room := max(w-(n-1), n)
	widths := make([]int, n)
	var live, goneCols []int
	for i := range cols {
		if cols[i].found {
			live = append(live, i)
		} else {
			goneCols = append(goneCols, i)
		}
	}
	gone := len(goneCols)
	if len(live) == 0 {
		for _, i := range goneCols {
			widths[i] = min(max(draw.Width(goneNote), minSideName), room/n)
		}
		return widths
	}
	need, least := make([]int, len(live)), make([]int, len(live))
	same := make([]string, len(live))  // a column's content, its name aside: columns alike read alike
	measure := room - gone*minSideName // the most a live column could have
	sum := 0
	for j, i := range live {
		// the name counts for its least here: a long name with little
		// under it (an idle group) does not take room from the data of
		// the others; it has the spare back below
		// and without the reason: prose that wraps in whatever width the
		// column gets, measured here on one long line it took cells from
		// the data beside it (ut42a-25: `r` cut the live group's ids)
		lines := groupColumn(sty, &cols[i], measure, sideSparkNeed, false, rows)
		need[j] = min(draw.Width(lines[0]), minSideName)
		for _, l := range lines[1:] {
			need[j] = max(need[j], draw.Width(l))
		}
		least[j] = draw.Width(lines[0])
		same[j] = sideShape(strings.Join(lines[1:], "\n"))
		sum += need[j]
	}
	if gone > 0 {
		gw := minSideName // its message on three lines
		for _, one := range []int{max(draw.Width(goneNote), minSideName), goneNoteLeast} {
			if room-gone*one >= max(sum, len(live)*sideLeastCols) {
				gw = one
				break
			}
		}
		if room-gone*gw < len(live)*sideLeastCols { // its three lines at their narrowest, its name cut to them, where the others have not their least (ut25a Q7: `lag 16,400 ST…` beside its 16 cells)
			gw = goneNoteThree
		}
		for _, i := range goneCols {
			widths[i] = gw
			room -= gw
		}
	}
	shared := twinsAlike(spreadSpare(draw.Share(need, room), room), need, same)
	for j, i := range live {
		widths[i] = shared[j]
	}
	// then cells no column needs go where something is cut (ut22b N10,
	// N17: a 67-cell name kept 30 blank cells beside a cut client id)
	sc := &sideCoster{sty: sty, cols: cols, reasons: reasons, rows: rows}
	want := shareByNeed(sc, widths)
	for j, i := range live {
		shared[j] = widths[i]
	}
	freed := sameWidths(shared, same, least)
	for j, i := range live {
		widths[i] = shared[j]
	}
	for j, i := range live { // the cells taken back: first where something is still cut, in a column of a shape no other has (two alike would read apart: ut26 S4)
		if sharedShape(same, j) {
			continue
		}
		give := min(freed, want[i])
		widths[i] += give
		freed -= give
	}
	for j, i := range live { // then to a column whose content no other has, where they show more of what it cuts (its rows the same: a row freed no column could use stood blank)
		if freed > 0 && !sharedShape(same, j) &&
			gainsFrom(sc, widths, i, freed) {
			widths[i] += freed
			freed = 0
		}
	}
	freed += evenShare(sc, widths, live)
	if gone > 0 { // then evenly to the gone groups' messages, up to their one line, so they stay alike
		per := min(freed/gone, max(draw.Width(goneNote)-widths[goneCols[0]], 0))
		for _, i := range goneCols {
			widths[i] += per
		}
	}
	evenNarrow(sc, widths, live, balanceRows(sc, widths, live, same, max(w-(n-1), n)))
	spareLast(sc, widths, live, same, max(w-(n-1), n))
	cutsTakeRows(sc, widths, live, same) // then a cut takes the cells of a column with rows to spare (ut42a-8a)
	return widths
}

// spareLast gives the cells no column took to a live column whose
// content no other column has and that shows more with them (gainsFrom):
// a name cut beside blank cells at the box's side (ut31 Y3's screen once
// a live group's partitions no longer keep a line for their behind).
func spareLast(sc *sideCoster, widths, live []int, same []string, room int) {
	free := room
	for _, w := range widths {
		free -= w
	}
	for j, i := range live {
		if free > 0 && !sharedShape(same, j) && gainsFrom(sc, widths, i, free) {
			widths[i] += free
			return
		}
	}
}

// evenShare takes back the odd cells of columns within a cell of each
// other (25, 25 and 26 of 76) where the wider cut nothing more at the
// narrower width and keep their rows, and break no line more than a
// column as wide does (wrapsAlike), so columns that share a box evenly
// start alike; it returns the cells, which stay blank at the box's side
// (ut28a U1: a third column a cell wider broke its name and topic at other
// places than the two beside it, a line apart).
func evenShare(sc *sideCoster, widths, live []int) int {
	if len(live) < 2 {
		return 0
	}
	lo, hi := widths[live[0]], widths[live[0]]
	for _, i := range live {
		lo, hi = min(lo, widths[i]), max(hi, widths[i])
	}
	if hi-lo != 1 {
		return 0
	}
	for _, i := range live {
		if widths[i] == hi {
			at, less := sc.cost(i, hi), sc.cost(i, lo)
			if less.cuts > at.cuts || less.lines > sc.rows || less.lines != at.lines && !wrapsAlike(sc, widths, live, i, lo, hi) {
				return 0
			}
		}
	}
	odd := 0
	for _, i := range live {
		odd += widths[i] - lo
		widths[i] = lo
	}
	return odd
}

// wrapsAlike says a column at lo cells, as wide as column i would be,
// takes column i's lines at both widths: column i a cell narrower
// breaks as it does (a line more for both), not a line more alone.
func wrapsAlike(sc *sideCoster, widths, live []int, i, lo, hi int) bool {
	for _, k := range live {
		if k != i && widths[k] == lo && sc.cost(k, lo).lines == sc.cost(i, lo).lines && sc.cost(k, hi).lines == sc.cost(i, hi).lines {
			return true
		}
	}
	return false
}

// sameWidths gives columns of the same content the same width, the
// least of theirs, where that cuts no name that fits whole at its own; it
// returns the cells taken back.
func sameWidths(shared []int, same []string, least []int) int {
	freed := 0
	for j := range shared {
		for k := range shared {
			if k != j && same[k] == same[j] && shared[k] < shared[j] && (shared[j] <= least[j] || shared[k] >= least[j]) {
				freed += shared[j] - shared[k]
				shared[j] = shared[k]
			}
		}
	}
	return freed
}

// twinsAlike gives two columns of one shape (sideShape) that the share
// left a cell apart, both short of their need, the wider's width: the
// cell comes from a column of a shape no other has, as wide as the wider
// and short of its need too, the last such, so where the box is too
// narrow for every column's need the columns of one shape still read
// alike, and only a column of its own shape is a cell short. Else
// sameWidths narrowed the wider to the narrower, and the cell freed went
// to a column it gave only a heading's cell, which then padded its host
// beside two cutting theirs (ut32b Zb10: `127.0.…1:40326` in a 14-cell
// column beside a 16-cell one, ` 127.0.0.1:41002`).
func twinsAlike(widths, need []int, same []string) []int {
	for j := range widths {
		for k := range widths {
			if same[k] != same[j] || widths[k] != widths[j]+1 || widths[j] >= need[j] {
				continue
			}
			for g := len(widths) - 1; g >= 0; g-- {
				if !sharedShape(same, g) && widths[g] == widths[k] && widths[g] < need[g] {
					widths[g]--
					widths[j]++
					break
				}
			}
		}
	}
	return widths
}

// goneNoteLeast is the widest line of goneNote wrapped on two lines.
const goneNoteLeast = len("not on the cluster")

// goneNoteThree is the widest line of goneNote wrapped on three lines at
// its narrowest ("not on the", "cluster", "(any more)"): a gone group's
// column gives the cells past it to the groups on the cluster where they
// need them (ut25a Q7: 16 cells and rows of blanks beside a health word
// cut `ST…`).
const goneNoteThree = len("not on the")

// spreadSpare gives the cells draw.Share left unassigned (every column
// needs less than its even share) to every column evenly, the later ones
// taking the odd cells: left at the end they read as the last column's,
// so two groups with the same content looked 28 and 90 cells wide (ut16a
// D6).
func spreadSpare(widths []int, room int) []int {
	spare := room
	for _, w := range widths {
		spare -= w
	}
	for i := range widths {
		share := max(spare, 0) / (len(widths) - i)
		widths[i] += share
		spare -= share
	}
	return widths
}

// gainsFrom says column i shows more of what it cuts with more cells:
// fewer cuts under its heading, or something cut and its lines the same,
// or fewer where another column is as long (a row freed no column could
// use stood blank under them all).
func gainsFrom(sc *sideCoster, widths []int, i, more int) bool {
	at := make([]sideCost, len(widths))
	for k := range widths {
		at[k] = sc.cost(k, widths[k])
	}
	wider := sc.cost(i, widths[i]+more)
	return wider.data < at[i].data || at[i].cuts > 0 && (wider.lines == at[i].lines || at[i].lines <= longestBut(at, i))
}

// sideShape is a column's content with its figures and sparkline glyphs
// all alike: two groups whose columns differ only in their lags, offsets,
// ports and history have one shape and get one width (ut26 S4: three
// groups of one shape at 25, 25 and 26 cells, the third wrapping its
// name and topic at other places).
func sideShape(content string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r >= '0' && r <= '9':
			return '0'
		case r >= '▁' && r <= '█':
			return '▁'
		}
		return r
	}, content)
}

// sharedShape says another column has column j's shape.
func sharedShape(same []string, j int) bool {
	return slices.Contains(same[:j], same[j]) || slices.Contains(same[j+1:], same[j])
}
