package ui

import (
	"cmp"
	"time"

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

// That rule, judged afresh at every poll, made the columns flap: a
// generation or assignor that told one group apart for a poll brought
// its column, the next poll took it away, and the names were cut and
// whole again between frames where only another group's generation had
// changed (ut38b-2). So a word column (type, state, assign, gen) that
// told the groups apart stays for wordHold after it last did, and a word
// column's width is the widest it had over wordHold; after that the
// column gives its cells back (ut25a Q14 still holds, a minute later).

// wordHold is how long a word column stays, and keeps its width, after
// it last told the groups apart or last was that wide (ut38b-2).
const wordHold = 60 * time.Second

// wordHeld is the word columns' hysteresis (wordHold), by display
// column of groupCols (1-4; 0, the name, unused), timed by the poll.
type wordHeld struct {
	apart [groupWordCols + 1]time.Time // when the column last told the groups apart
	w     [groupWordCols]int           // the widest word over wordHold
	wAt   [groupWordCols]time.Time     // when w was last drawn that wide
}

// hold keeps a word column plain judged (listPlain) at poll at shown
// while it told the groups apart within wordHold, and returns the word
// widths (groupWordWidths) each held at their widest within wordHold.
// plain is changed in place.
func (h *wordHeld) hold(at time.Time, plain []bool, w [groupWordCols]int) [groupWordCols]int {
	for i := 1; i <= groupWordCols && i < len(plain); i++ {
		switch {
		case !plain[i]:
			h.apart[i] = at
		case !h.apart[i].IsZero() && at.Sub(h.apart[i]) < wordHold:
			plain[i] = false
		}
	}
	for i := 1; i < groupWordCols; i++ {
		if w[i] >= h.w[i] || at.Sub(h.wAt[i]) >= wordHold {
			h.w[i], h.wAt[i] = w[i], at
		}
	}
	return h.w
}

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
// words within wordHold (and the page's, texts, should a row be newer),
// dropping what the width memory held for them.
func (p *GroupsPane) wordWants(cols []draw.Col, texts [][]string) {
	for i := 1; i < groupWordCols && i < len(cols); i++ {
		cols[i].Want = max(longest(texts, i), p.frame.wordW[i])
	}
}
