package draw

import (
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// Col is one column of a table as FitTable sizes it.
type Col struct {
	// Title is the heading; Shorts shorter ones, longest first, used
	// before a name is cut, so a heading is abbreviated, never clipped,
	// while the data fits.
	Title  string
	Shorts []string
	// Want is the content's width: the widest cell, the title aside. A
	// growing column's Want is the least it is drawn at.
	Want int
	// Name marks the name column (the first): it is cut in the middle,
	// down to Min cells, before any column with data goes, and gets its
	// Want back first from any room left.
	Name bool
	Min  int
	// Grow is the most cells a column that shows more when wider (a
	// sparkline) takes from the room left after the name; 0 for a
	// column as wide as its content.
	Grow int
	// Keen marks a growing column the table is for (health reasons):
	// it takes the name's cells beyond the name's Min, up to its Grow.
	Keen bool
	// Ahead marks a growing column that takes its Grow before any
	// heading takes more than its shortest form (Topics' trend, ut39-6:
	// `retention` held 9 cells for `7d` while the trend was held to 15):
	// the headings are short from the start, and only the room the
	// column leaves brings the full ones back.
	Ahead bool
	// AheadTo, above 0, is the most cells an Ahead column takes before
	// the full headings: the cells it has something to draw in (a
	// sparkline's measured history). Blank cells of a young sparkline
	// do not outrank a heading (ut41-11: `p`, `offs`, `hlth` beside 41
	// blank cells of trend); the room the headings leave still goes to
	// it, up to its Grow.
	AheadTo int
	// Drop is when the column goes if the table is still too wide: the
	// lowest first; 0 never.
	Drop int
	// NameMin, when above 0, is the least the name is cut to before
	// this column goes: a column that keeps a table's rows from being
	// bare names (the high watermark of Partitions' topic rows) is kept
	// by a name cut further than its Min.
	NameMin int
	// Least marks a name column that keeps to its Min while a column
	// that went to make room stays out: the room left goes to the
	// growing column first, so a column goes only where the names are
	// cut to their least, and the names do not widen and narrow as
	// columns go and come back (ut22b N14).
	Least bool
	// Blank: no row has anything to show in it; it gives its room first.
	// Same: every row shows one value, or nearly every row nothing; a
	// droppable column that tells the rows nothing apart goes before a
	// name is cut.
	Blank, Same bool
	// Held is how many of Want's cells no row uses yet: room held so a
	// number gaining a digit moves no column (a lag held to its digit
	// group). They are given back before the name is cut (ut28b V8: names
	// cut by 5-21 cells while the lag held 2-3 cells no row used).
	Held int
	// Spare marks a column of context a row can do without (Partitions'
	// leader and low watermark): it goes, in Drop order, before any name
	// is cut, and comes back only where the name has its whole content
	// and the column still fits, so it is neither kept beside a cut name
	// nor left out beside blank cells (ut34b-7). A spare column out does
	// not hold a Least name to its Min.
	Spare bool
}

// Fitted is a table's layout: each column's width (0: left out) and the
// heading drawn over it.
type Fitted struct {
	Widths []int
	Titles []string
}

// FitTable sizes a table's columns for total cells, one space between
// columns. Every column wants its content or its title, whichever is
// wider, never more (a growing column wants its least). While the whole
// is too wide, in this order: blank droppable columns give way (in Drop
// order); droppable columns that tell no row apart (Same) go; headings
// take their short form; blank columns that never go give way, the last
// first; held cells no row uses (Held) are given back; spare columns go
// (in Drop order); the name is cut in the middle down to its Min; the
// droppable columns go in Drop order (before one with a NameMin, the
// name is cut down to that); the name is cut further. Room left
// over brings back a dropped column that fits after all (the last to go
// first, and none while one that went after it stays out, so the drop
// order holds at every width), then goes to the
// name, up to its content (a Least name, while a column that went stays
// out, only after the growing column has had its Grow), then, the name
// whole, to the spare columns that fit, then to the full headings, then to the
// growing column up to its Grow (an Ahead one before the full headings,
// which it keeps short while it is short of its Grow; a Keen one also takes the name's cells
// beyond its Min); what is still left stays blank at the end of the row,
// never padding a name.
func FitTable(total int, cols []Col) Fitted {
	n := len(cols)
	f := Fitted{Widths: make([]int, n), Titles: make([]string, n)}
	w := f.Widths
	full := make([]int, n) // what each column takes with its full heading
	for i, c := range cols {
		f.Titles[i] = c.Title
		full[i] = max(c.Want, Width(c.Title))
		w[i] = full[i]
	}
	over := func() bool { return RowWidth(w) > total }
	for _, i := range dropOrder(cols) { // blank columns: the least important first
		if over() && cols[i].Blank {
			w[i] = 0
		}
	}
	for _, i := range dropOrder(cols) { // a column that tells no row apart, before a heading is shortened or a name cut (ut16a D10)
		if over() && cols[i].Same && w[i] > 0 {
			w[i] = 0
		}
	}
	for i, c := range cols {
		if !over() && !aheadShort(cols, w) {
			break
		}
		if w[i] > 0 && (over() || !c.Name) { // for an Ahead column, the others' headings; the name's only to fit
			w[i], f.Titles[i] = shortTitle(c)
		}
	}
	for i := n - 1; i >= 0 && over(); i-- { // then blank ones that never go (a health with nothing to say yet), the last first
		if cols[i].Blank && !cols[i].Name {
			w[i] = 0
		}
	}
	// Columns given way to make room, in the order they went: one the
	// room left holds after all comes back, the last to go first.
	var dropped []int
	name := -1
	for i, c := range cols {
		if c.Name && w[i] > 0 {
			name = i
			break
		}
	}
	cut := func(least int) {
		if name >= 0 && over() {
			w[name] = max(w[name]-(RowWidth(w)-total), least)
		}
	}
	for i, c := range cols { // held cells no row uses, before the name is cut
		if name >= 0 && c.Held > 0 && w[i] > 0 && over() {
			w[i] = max(w[i]-(RowWidth(w)-total), c.Want-c.Held, Width(f.Titles[i]))
		}
	}
	var spared []int // spare columns gone before the name is cut, in the order they went
	for _, i := range dropOrder(cols) {
		if name >= 0 && cols[i].Spare && w[i] > 0 && over() {
			w[i] = 0
			spared = append(spared, i)
		}
	}
	if name >= 0 {
		cut(min(w[name], max(cols[name].Min, 1)))
	}
	for _, i := range dropOrder(cols) {
		if name >= 0 && cols[i].NameMin > 0 && w[i] > 0 {
			cut(min(w[name], cols[i].NameMin))
		}
		if !over() {
			break
		}
		if w[i] > 0 {
			w[i] = 0
			dropped = append(dropped, i)
		}
	}
	for i, c := range cols { // the column the table is for gives way to its heading before the name goes under its least
		if c.Keen && w[i] > 0 && over() {
			w[i] = max(w[i]-(RowWidth(w)-total), min(w[i], Width(c.Title)+6))
		}
	}
	if name >= 0 {
		cut(min(w[name], 3))
	}
	spare := func() int { return total - RowWidth(w) }
	if name >= 0 && w[name] < cols[name].Want { // a cut name gets back what it gave only after the rest
		w[name] = min(w[name], max(cols[name].Min, 1))
	}
	// Room left, in this order: a column dropped to make room that fits
	// after all comes back, the most important first (the name was cut to
	// its least before it went, so the name does not take its place);
	// then the name, up to its content; then the full headings (ut16a
	// D10: a short heading only where the room needs it, but never a
	// name's cells for a longer heading); then the growing column.
	for j := len(dropped) - 1; j >= 0; j-- { // never one that goes earlier in place of one that goes later (ut18a F7: gen came back while state stayed out)
		i := dropped[j]
		least, t := shortTitle(cols[i])
		if least+1 > spare() {
			break
		}
		w[i], f.Titles[i] = least, t
	}
	out := false // a column that went to make room stays out
	for _, i := range dropped {
		out = out || w[i] == 0
	}
	if name >= 0 && cols[name].Least && out {
		growInto(w, cols, spare(), false)
	}
	if name >= 0 && w[name] < cols[name].Want {
		w[name] += min(spare(), cols[name].Want-w[name])
	}
	if name >= 0 && !(cols[name].Least && out) { // a Least name stays at its Min while a column is out
		cutHeadings(&f, cols, name)
	}
	for j := len(spared) - 1; j >= 0 && name >= 0 && w[name] >= cols[name].Want; j-- { // the spare columns, once the name is whole: the last to go first
		i := spared[j]
		least, t := shortTitle(cols[i])
		if least+1 > spare() {
			break
		}
		w[i], f.Titles[i] = least, t
	}
	for i, c := range cols { // held cells given back for a column that went anyway: back, the name whole, before a full heading (a lag gaining a digit then moves no heading)
		if name >= 0 && w[name] >= cols[name].Want && c.Held > 0 && w[i] > 0 && w[i] < max(c.Want, Width(f.Titles[i])) {
			w[i] += min(spare(), max(c.Want, Width(f.Titles[i]))-w[i])
		}
	}
	growInto(w, cols, spare(), true) // an Ahead column before the full headings
	for i, c := range cols {
		if w[i] == 0 || f.Titles[i] == c.Title || c.Name {
			continue
		}
		for _, t := range append([]string{c.Title}, c.Shorts...) {
			if t == f.Titles[i] {
				break
			}
			if tw := max(c.Want, Width(t)); tw-w[i] <= spare() && tw >= w[i] {
				w[i], f.Titles[i] = tw, t
				break
			}
		}
	}
	if name >= 0 && f.Titles[name] != cols[name].Title { // the name's own heading: the longest its column, and the room left, hold
		for _, t := range append([]string{cols[name].Title}, cols[name].Shorts...) {
			if tw := Width(t); tw <= w[name]+spare() {
				w[name], f.Titles[name] = max(w[name], tw), t
				break
			}
		}
	}
	for i, c := range cols {
		if c.Grow > 0 && !c.Blank && w[i] > 0 && w[i] < c.Grow { // a blank sparkline shows no more history wider
			w[i] += max(min(spare(), c.Grow-w[i]), 0)
		}
		if c.Keen && name >= 0 && w[i] > 0 && w[i] < c.Grow {
			give := max(min(c.Grow-w[i], w[name]-max(cols[name].Min, Width(shortest(cols[name])))), 0)
			w[i], w[name] = w[i]+give, w[name]-give
		}
	}
	if name >= 0 && w[name] < Width(f.Titles[name]) { // a name cut under its heading: a short one, whole
		for _, t := range cols[name].Shorts {
			if f.Titles[name] = t; Width(t) <= w[name] {
				break
			}
		}
	}
	return f
}

// cutHeadings gives a cut name the blank cells at the end of headings
// wider than their columns' content (a sort mark's empty cell over a
// column of one-digit counts): they say nothing, a name's cells do
// (ut42a-15: `laundry-machine-logs` cut while `p ` stood over `6`). The
// last column first, each only by the cells the name still lacks and no
// narrower than its content. It runs once the columns are chosen, so it
// only ever widens the name, never keeps a column in. A heading's words
// are never cut (README: How tables fit).
func cutHeadings(f *Fitted, cols []Col, name int) {
	w := f.Widths
	for i := len(cols) - 1; i >= 0 && w[name] < cols[name].Want; i-- {
		c := cols[i]
		least := max(c.Want, Width(strings.TrimRight(f.Titles[i], " ")), 1)
		if c.Name || c.Grow > 0 || w[i] <= least {
			continue
		}
		give := min(w[i]-least, cols[name].Want-w[name])
		w[i], w[name] = w[i]-give, w[name]+give
		f.Titles[i] = strings.TrimRight(f.Titles[i], " ")
	}
}

// growInto gives spare cells to the growing columns shown, up to
// their Grow (a blank sparkline shows no more history wider); with
// ahead, to the Ahead ones only.
func growInto(w []int, cols []Col, spare int, ahead bool) {
	for i, c := range cols {
		if ahead && !c.Ahead {
			continue
		}
		if most := c.growTo(ahead); c.Grow > 0 && !c.Blank && w[i] > 0 && w[i] < most {
			give := max(min(spare, most-w[i]), 0)
			w[i], spare = w[i]+give, spare-give
		}
	}
}

// aheadShort reports whether an Ahead column shown is short of its
// Grow: the headings then take their shortest forms first.
func aheadShort(cols []Col, w []int) bool {
	for i, c := range cols {
		if c.Ahead && c.Grow > 0 && !c.Blank && w[i] > 0 && w[i] < c.growTo(true) {
			return true
		}
	}
	return false
}

// growTo is the most cells growing column c takes: its Grow, or, ahead
// of the full headings, its AheadTo where that is less.
func (c Col) growTo(ahead bool) int {
	if ahead && c.AheadTo > 0 {
		return min(c.Grow, c.AheadTo)
	}
	return c.Grow
}

// shortTitle is the least width of column c, its content or its
// shortest heading, and the longest heading that fits in it.
func shortTitle(c Col) (int, string) {
	least := max(c.Want, minTitle(c))
	for _, t := range append([]string{c.Title}, c.Shorts...) {
		if Width(t) <= least {
			return least, t
		}
	}
	return least, shortest(c)
}

// shortest is c's shortest heading.
func shortest(c Col) string {
	if len(c.Shorts) > 0 {
		return c.Shorts[len(c.Shorts)-1]
	}
	return c.Title
}

// minTitle is the width of c's shortest heading.
func minTitle(c Col) int { return Width(shortest(c)) }

// dropOrder is the indexes of the droppable columns, lowest Drop first.
func dropOrder(cols []Col) []int {
	var idx []int
	for rank := 1; len(idx) < countDroppable(cols); rank++ {
		for i, c := range cols {
			if c.Drop == rank {
				idx = append(idx, i)
			}
		}
	}
	return idx
}

func countDroppable(cols []Col) int {
	n := 0
	for _, c := range cols {
		if c.Drop > 0 {
			n++
		}
	}
	return n
}

// Shown is, per column of n, how many rows show something in it (not
// blank, not "-").
func Shown(rows [][]string, n int) []int {
	out := make([]int, n)
	for _, r := range rows {
		for i := 0; i < n && i < len(r); i++ {
			if t := strings.TrimSpace(ansi.Strip(r[i])); t != "" && t != "-" {
				out[i]++
			}
		}
	}
	return out
}

// Same reports, per column of n, whether every row that shows something
// in it shows the same thing (styles aside), at least two rows doing so:
// such a column tells the rows nothing apart.
func Same(rows [][]string, n int) []bool {
	out := make([]bool, n)
	for i := range out {
		first, seen, same := "", 0, true
		for _, r := range rows {
			if i >= len(r) {
				continue
			}
			t := strings.TrimSpace(ansi.Strip(r[i]))
			if t == "" || t == "-" {
				continue
			}
			if seen == 0 {
				first = t
			}
			seen++
			same = same && t == first
		}
		out[i] = same && seen >= 2
	}
	return out
}

// Most is, per column of n, how many rows say its most common thing
// (styles and padding aside; a blank or "-" is one thing too).
func Most(rows [][]string, n int) []int {
	out := make([]int, n)
	for i := range out {
		seen := map[string]int{}
		for _, r := range rows {
			t := ""
			if i < len(r) {
				t = strings.TrimSpace(ansi.Strip(r[i]))
			}
			if seen[t]++; seen[t] > out[i] {
				out[i] = seen[t]
			}
		}
	}
	return out
}
