package ui

import (
	"cmp"

	"github.com/charmbracelet/x/ansi"

	"github.com/washboard/washboard/model"
	"github.com/washboard/washboard/ui/draw"
)

// The Groups list's word columns (type, state, assignor) are as wide as
// the widest word the whole list shows now, judged once per poll over
// every group, the filter aside, never remembered (colMemo holds
// numbers, so a lag that shrinks a digit moves no column): a word is not
// a figure that comes back a poll later, and the width of one no row
// shows any more is taken from the names. After a one-second rebalance
// the state column kept the 19 cells of `CompletingRebalance` for a
// minute, every row reading `Stable` beside 13 blank cells while every
// name was cut (ut25a Q14). Judged over the whole list, not the page,
// the columns stay put as the cursor pages.

// groupWordCols is how many of groupCols' columns are words: display
// columns 1 to groupWordCols-1 (type, state, assignor).
const groupWordCols = 4

// groupWordWidths is the widest type, state and assignor of every
// group, the filter aside (ut26 S3), as their cells print them
// (groupCells), by display column (0, the name, unused). Called under
// Store.Read, once per poll.
func groupWordWidths(st *model.State) (w [groupWordCols]int) {
	for i := range st.Groups {
		g := &st.Groups[i]
		w[1] = max(w[1], ansi.StringWidth(model.PrintableString(cmp.Or(g.Type, "classic"))))
		w[2] = max(w[2], ansi.StringWidth(model.PrintableString(g.State)))
		w[3] = max(w[3], ansi.StringWidth(cmp.Or(model.PrintableString(g.Assignor), "-")))
	}
	return w
}

// wordWants sets the word columns' wanted widths to the list's widest
// words now (and the page's, texts, should a row be newer), dropping
// what the width memory held for them.
func (p *GroupsPane) wordWants(cols []draw.Col, texts [][]string) {
	for i := 1; i < groupWordCols && i < len(cols); i++ {
		cols[i].Want = max(longest(texts, i), p.frame.wordW[i])
	}
}
