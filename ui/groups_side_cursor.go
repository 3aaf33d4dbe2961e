package ui

import (
	"github.com/charmbracelet/x/ansi"

	"github.com/washboard/washboard/ui/draw"
)

// Side by side has a cursor column: the group `o`, `D` and `O` (and the
// demo keys) act on, its heading drawn as the list's cursor row is, moved
// with `←`/`→` (a user test, ut25a Q11: the keys acted on the first marked
// column while nothing on a five-column screen said which).

// acted is the group the cursor column shows.
func (v *sideView) acted() string {
	return v.groups[min(max(v.cursor, 0), len(v.groups)-1)]
}

// move moves the cursor column one to the right, or to the left, stopping
// at the ends.
func (v *sideView) move(right bool) {
	if right {
		v.cursor = min(v.cursor+1, len(v.groups)-1)
	} else {
		v.cursor = max(v.cursor-1, 0)
	}
}

// markSideCursor draws the heading lines (the first head) of the cursor
// column's lines, col, in the cursor's style, each as wide as the column.
func markSideCursor(sty *Styles, col []string, w, head int) {
	for y := 0; y < head && y < len(col); y++ {
		col[y] = sty.Selected.Render(draw.Fit(ansi.Strip(col[y]), w))
	}
}
