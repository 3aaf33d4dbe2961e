package ui

import (
	"slices"
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
// view with 30 blank rows under the columns). Where breaking after a
// separator needs more lines than that, a line may end before one too
// (`regional-dispatch-planner` / `-consumer-…`), so a name that fits the
// lines is never cut for where its separators fall (ut28a U1: a
// 68-character name cut at 25 cells, over two blank heading lines, while
// the same name at 26 cells wrapped over three).
func sideNameLines(name string, w int) []string {
	name = model.PrintableString(name)
	if w < 1 || draw.Width(name) <= w {
		return nil
	}
	if out := breakName(name, w, false); out != nil {
		return out
	}
	return breakName(name, w, true)
}

// breakName is sideNameLines with breaks after a separator or, with
// before, also before one.
func breakName(name string, w int, before bool) []string {
	var out []string
	for draw.Width(name) > w {
		if len(out) == sideNameMaxLines-1 {
			return nil
		}
		head := draw.Truncate(name, w, "") // never inside an escape
		if head == "" {
			head = ansi.Truncate(name, w, "")
		}
		i := strings.LastIndexAny(head, "-_. ")
		if before && len(head) < len(name) && strings.ContainsAny(name[len(head):len(head)+1], "-_.") {
			i = len(head) - 1 // the line ends where the next one starts with a separator
		}
		if i > 0 && i+1 >= len(head)/2 { // a break in the line's second half
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

// apartHeads re-cuts the headings that read the same for different
// groups where only those groups' names differ, judged over them alone:
// judged over every shown name, the cells where names differ spanned
// from their first (`customer-…` beside `group-…`) to the middle of two
// long ones, too many for a column, so those two were cut in the middle
// alike (a user test, ut23: `ut23-many…ng-series` twice at 80x24 for
// `…-number-11-of-a-long-series` and `…-number-13-…`). It runs on the
// snapshot, after the widths.
func apartHeads(cols []sideGroup, widths []int) {
	for range len(cols) { // each round parts at least one set of alike headings
		heads := make(map[string][]int, len(cols))
		for i := range cols {
			if i < len(widths) {
				h := sideHead(&cols[i], widths[i])
				heads[h] = append(heads[h], i)
			}
		}
		parted := false
		for _, same := range heads {
			names := make([]string, 0, len(same))
			for _, i := range same {
				if !slices.Contains(names, model.PrintableString(cols[i].id)) {
					names = append(names, model.PrintableString(cols[i].id))
				}
			}
			if len(names) < 2 {
				continue
			}
			var a namesApart
			a.judge(names, minSideName/2)
			cut := a.cutOnly()
			for _, i := range same {
				if old := cols[i].apart; old.w != cut.w || old.shift != cut.shift || old.lo != cut.lo || old.hi != cut.hi {
					cols[i].apart, parted = cut, true
				}
			}
		}
		if !parted {
			return
		}
	}
}

// sideHead is a column's heading on one line at w cells, as
// groupColumnLines draws it.
func sideHead(g *sideGroup, w int) string {
	return strings.TrimRight(draw.FitMiddle(g.apart.cut(model.PrintableString(g.id), w, w), w), " ")
}
