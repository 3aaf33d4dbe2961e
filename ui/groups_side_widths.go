package ui

import (
	"github.com/charmbracelet/x/ansi"

	"github.com/washboard/washboard/ui/draw"
)

// columnWidths shares w cells (less the separators) between the groups'
// columns. A gone group keeps the width of its one line, its long name
// cut to it (ut15b C28), or, where the groups on the cluster would then
// have under sideLeastCols each, the width of its message wrapped; it
// takes none of the spare (ut18a F1: two gone groups kept a quarter of
// the width each, their message cut, blank rows under it). The others
// share the rest: a column that needs less than an even share keeps what
// it needs, so member lines keep their rate and idle (a user test, issue
// 14, B32, C13), its name counting for minSideName, and then a column
// whose name would be cut takes cells from one with more than its name
// and sideLeastCols (the 120x40 grid cut the first group's name beside
// columns with blank cells). A lag sparkline
// counts for its least (sideSparkNeed): it takes what its line has left,
// not room from the other columns.
func columnWidths(sty *Styles, cols []sideGroup, w int, reasons bool, rows int) []int {
	n := len(cols)
	room := max(w-(n-1), n)
	widths := make([]int, n)
	var live []int
	for i := range cols {
		if cols[i].found {
			live = append(live, i)
		}
	}
	if gone := n - len(live); gone > 0 {
		even := room / n
		gw := max(ansi.StringWidth(goneNote), minSideName) // its message on one line
		switch {
		case len(live) == 0:
			gw = min(gw, even)
		case room-gone*gw < len(live)*sideLeastCols: // on two lines, where the others need the room
			gw = min(max(goneNoteLeast, minSideName), max(even, minSideName))
		}
		for i := range cols {
			if !cols[i].found {
				widths[i] = gw
				room -= gw
			}
		}
	}
	if len(live) == 0 {
		return widths
	}
	need, least := make([]int, len(live)), make([]int, len(live))
	for j, i := range live {
		// the name counts for its least here: a long name with little
		// under it (an idle group) does not take room from the data of
		// the others; it has the spare back below
		lines := groupColumn(sty, &cols[i], room, sideSparkNeed, reasons, rows)
		need[j] = min(ansi.StringWidth(lines[0]), minSideName)
		for _, l := range lines[1:] {
			need[j] = max(need[j], ansi.StringWidth(l))
		}
		least[j] = ansi.StringWidth(lines[0])
	}
	shared := spreadSpare(draw.Share(need, room), room)
	for moved := true; moved; { // a cut name takes a cell from the column with the most to give
		moved = false
		for j := range shared {
			if shared[j] >= least[j] {
				continue
			}
			from, most := -1, 0
			for k := range shared {
				if give := shared[k] - max(least[k], sideLeastCols); give > most {
					from, most = k, give
				}
			}
			if from >= 0 {
				shared[j]++
				shared[from]--
				moved = true
			}
		}
	}
	for j, i := range live {
		widths[i] = shared[j]
	}
	return widths
}

// goneNoteLeast is the widest line of goneNote wrapped on two lines.
const goneNoteLeast = len("not on the cluster")

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
