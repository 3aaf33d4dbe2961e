package ui

import (
	"strings"

	"github.com/charmbracelet/x/ansi"

	"github.com/washboard/washboard/model"
	"github.com/washboard/washboard/ui/draw"
)

// sideNameMaxLines is the most lines a group's name takes in a side-by-side
// heading; a name that needs more is cut in the middle on one line.
const sideNameMaxLines = 3

// sideNameLines is a group's name broken over lines of at most w cells,
// after a '-', '_', '.' or ' ' where the line has one, else at w: nil when
// it fits one line or needs more than sideNameMaxLines (a user test, ut19a
// H6: every 61-66 character name was cut in the headings of a 200x50 side
// view with 30 blank rows under the columns).
func sideNameLines(name string, w int) []string {
	name = model.PrintableString(name)
	if w < 1 || ansi.StringWidth(name) <= w {
		return nil
	}
	var out []string
	for ansi.StringWidth(name) > w {
		if len(out) == sideNameMaxLines-1 {
			return nil
		}
		head := draw.Truncate(name, w, "") // never inside an escape
		if head == "" {
			head = ansi.Truncate(name, w, "")
		}
		if i := strings.LastIndexAny(head, "-_. "); i > 0 && i+1 >= len(head)/2 { // a break in the line's second half
			head = head[:i+1]
		}
		out = append(out, strings.TrimRight(head, " "))
		name = name[len(head):]
	}
	return append(out, name)
}

// sideHeadLines is how many lines the columns' headings take at widths: the
// most any name needs, 1 when none needs more or a name cannot be wrapped.
func sideHeadLines(cols []sideGroup, widths []int) int {
	n := 1
	for i := range cols {
		if i < len(widths) {
			n = max(n, len(sideNameLines(cols[i].id, widths[i])))
		}
	}
	return n
}

// withHead puts a column's name on head lines where it was cut on one
// (col[0]), the lines under it padded so every column's heading takes the
// same rows and the state lines stay side by side.
func withHead(sty *Styles, col []string, id string, w, head int) []string {
	if head <= 1 || len(col) == 0 {
		return col
	}
	names := sideNameLines(id, w)
	if names == nil {
		names = []string{ansi.Strip(col[0])}
	}
	out := make([]string, 0, len(col)+head-1)
	for _, l := range names {
		out = append(out, sty.Header.Render(l))
	}
	for len(out) < head {
		out = append(out, "")
	}
	return append(out, col[1:]...)
}
