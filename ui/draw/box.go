package draw

import (
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// Renderer styles text: a lipgloss.Style, or anything that renders.
type Renderer interface{ Render(...string) string }

// BoxStyles are the styles of a box: its border and title, focused or not,
// and the dim status in the top edge.
type BoxStyles struct {
	Border, BorderFocused, Title, TitleFocused, Dim Renderer
}

// Box draws content inside a rounded border of exactly w x h cells, the
// title set into the top edge on the left and the status on the right.
// Content lines are cut or padded to fit, so no payload can push the
// layout out of shape. It is "" when w or h is under 2.
func Box(st BoxStyles, title, status string, lines []string, w, h int, focused bool) string {
	if w < 2 || h < 2 {
		return ""
	}
	right := status
	border, titleStyle := st.Border, st.Title
	if focused {
		border, titleStyle = st.BorderFocused, st.TitleFocused
	}
	inner := w - 2
	var b strings.Builder
	b.Grow(w * h * 2)
	b.WriteString(topEdge(border, titleStyle, st.Dim, title, right, inner))
	side := border.Render("│") // styled once: lipgloss rendering is the costly part of a frame
	blank := strings.Repeat(" ", inner)
	for i := 0; i < h-2; i++ {
		b.WriteByte('\n')
		b.WriteString(side)
		if i < len(lines) {
			b.WriteString(Fit(lines[i], inner))
		} else {
			b.WriteString(blank)
		}
		b.WriteString(side)
	}
	b.WriteByte('\n')
	b.WriteString(border.Render("╰" + strings.Repeat("─", inner) + "╯"))
	return b.String()
}

// topEdge is the border's top line: the title on the left, the status on
// the right. The status is never dropped, only clipped from its end (panes
// put the filter first), and keeps at least minStatus cells by clipping a
// long title; neither ever runs over the corners.
func topEdge(border, titleStyle, dim Renderer, title, right string, inner int) string {
	const minStatus = 12
	if inner < 1 { // no room for the dash before the title
		return border.Render("╭╮")
	}
	// a status's leading blanks are border: a pane holding its figures'
	// width pads before them, and the pad reads as the dashes it stands
	// for, never as blanks inside the text (ut43a-6)
	right = strings.TrimLeft(right, " ")
	t := " " + title + " "
	tw := Width(t)
	r := ""
	if right != "" {
		rw := Width(right) + 2
		// the title may shrink to leave the status a few cells, never below "…".
		if keep := inner - 2 - min(rw, minStatus); tw > keep {
			t = " " + Clip(title, max(keep-2, 1)) + " "
			tw = Width(t)
		}
		if room := inner - 2 - tw; room >= 3 { // a dash at least between them
			r = " " + Clip(right, room-2) + " "
		}
	}
	if tw+1 > inner {
		t = Clip(t, max(inner-1, 0))
		tw = Width(t)
	}
	fill := inner - 1 - tw - Width(r)
	return border.Render("╭─") + titleStyle.Render(t) + border.Render(strings.Repeat("─", max(fill, 0))) +
		dim.Render(r) + border.Render("╮")
}

// Columns lays out a table row: each cell fitted to its width, one space
// apart; a column of width 0 is left out.
func Columns(cells []string, widths []int) string {
	var b strings.Builder
	for i, c := range cells {
		if i >= len(widths) {
			break
		}
		if widths[i] <= 0 {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		if i == 0 { // the name or key column: keep both ends, they tell rows apart
			b.WriteString(FitMiddle(c, widths[i]))
			continue
		}
		b.WriteString(Fit(c, widths[i]))
	}
	return b.String()
}

// FitWidths sizes a table's columns from want, each column's content width
// (its widest cell or title). While they and the spaces between them are
// wider than total, the columns in drop go, in that order (width 0); the
// grow column then takes what is left, or gives way (down to least) when
// the rest is still too wide; the first column does if grow was dropped.
// With grow < 0 no column takes what is left (it stays blank at the end)
// and the first gives way when the rest is too wide.
func FitWidths(total int, want []int, drop []int, grow, least int) []int {
	w := append([]int(nil), want...)
	used := func() int {
		n := -1
		for _, x := range w {
			if x > 0 {
				n += x + 1
			}
		}
		return n
	}
	for _, d := range drop {
		if used() <= total {
			break
		}
		w[d] = 0
	}
	if grow >= 0 && w[grow] == 0 {
		grow = 0
	}
	if grow < 0 { // nothing grows: the first column only gives way
		if over := used() - total; over > 0 {
			w[0] = max(w[0]-over, least)
		}
		return w
	}
	w[grow] = max(w[grow]+total-used(), least)
	return w
}

// Blank reports, per column of n, whether no row has anything to show in
// it: every cell empty, spaces or a placeholder ("-"), styles aside. A
// table with no rows has no blank column (its titles are all it shows).
func Blank(rows [][]string, n int) []bool {
	out := make([]bool, n)
	if len(rows) == 0 {
		return out
	}
	for i := range out {
		out[i] = true
	}
	for _, r := range rows {
		for i, c := range r {
			if i < n && out[i] {
				t := strings.TrimSpace(ansi.Strip(c))
				out[i] = t == "" || t == "-"
			}
		}
	}
	return out
}

// GiveWay zeroes the want of blank columns (never the first), the last
// first, while the columns and the single spaces between them are wider
// than total: a column with nothing to show gives its room to the ones
// that need it before any name is cut or any column with data goes. It
// reports whether it zeroed any.
func GiveWay(total int, want []int, blank []bool) bool {
	used := -1
	for _, x := range want {
		if x > 0 {
			used += x + 1
		}
	}
	gave := false
	for i := len(want) - 1; i > 0 && used > total; i-- {
		if i < len(blank) && blank[i] && want[i] > 0 {
			used -= want[i] + 1
			want[i], gave = 0, true
		}
	}
	return gave
}

// Flex sets widths[i] to what is left of total once the other columns and
// the single spaces between columns are taken, at least min.
func Flex(total int, widths []int, i, least int) []int {
	used := len(widths) - 1
	for j, w := range widths {
		if j != i {
			used += w
		}
	}
	widths[i] = max(total-used, least)
	return widths
}

// Share splits room cells between items that need need[i] cells each: an
// item that needs no more than an even share of what is left keeps its
// need (at least 1), and the others split the rest, the later ones
// taking the odd cells. It is how side-by-side group columns and the
// Log border's topic names share a line.
func Share(need []int, room int) []int {
	widths := make([]int, len(need))
	left, open := room, len(need)
	for changed := true; changed && open > 0; { // items within an even share of what is left keep their need
		changed = false
		share := left / open
		for i := range widths {
			if widths[i] == 0 && need[i] <= share {
				widths[i], left, open, changed = max(need[i], 1), left-max(need[i], 1), open-1, true
			}
		}
	}
	for i := range widths {
		if widths[i] == 0 {
			widths[i] = max(left/open, 1)
			left, open = left-widths[i], open-1
		}
	}
	return widths
}

// RowWidth is how wide a row of columns of the given widths is, with one
// space between them; columns of width 0 (dropped, or blank ones given
// away) take no room and no space.
func RowWidth(widths []int) int {
	used := -1
	for _, x := range widths {
		if x > 0 {
			used += x + 1
		}
	}
	return max(used, 0)
}
