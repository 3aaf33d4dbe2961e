package ui

import (
	"cmp"
	"time"

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
// told the groups apart stays, and a word column's width is the widest
// it had. Held for a minute and then given back, the columns still moved
// a minute after the last change, nothing on the screen having changed
// (ut40a-21, ut41-5: `type` went, `mbrs` became `members` and every
// column from `state` on moved 8 cells): the hold now lasts while the
// box's width is unchanged (a resize, or `z`, judges the columns
// afresh). One thing only moves later, and only to give a name back its
// cells: a column that has told no group apart for wordHold goes before
// a name is cut (draw.Col's Spare), and the cells of a word no row has
// shown for wordHold go to a name they would otherwise cut (draw.Col's
// Held), as ut25a Q14 asks: a name cut beside 13 blank cells of a
// rebalance's state for the session is worse than that one move. Where
// the names are whole, nothing moves.

// wordHold is how long a word column's widest word goes unshown before
// its cells may go to a name they cut.
const wordHold = 60 * time.Second

// wordHeld is the word columns' hysteresis, by display column of
// groupCols (1-4; 0, the name, unused), for one box width.
type wordHeld struct {
	boxW  int                          // the box width the hold was judged at
	apart [groupWordCols + 1]time.Time // when the column last told the groups apart at this width
	w     [groupWordCols]int           // the widest word at this width
	wAt   [groupWordCols]time.Time
	// wAt: the last poll a row showed a word w wide
}

// hold keeps a word column plain judged (listPlain) at poll at shown
// while it told the groups apart at some poll since the box was last
// boxW cells wide (gone: such a column told none apart for wordHold,
// and goes before a name is cut), and returns the word widths
// (groupWordWidths) each held at their widest since then (want), and
// the cells of it no row has used for wordHold (spare: given back
// before a name is cut). plain is changed in place.
//
// Only a list of two groups or more tells groups apart: a column shown
// over no group or one (listPlain says nothing is alike there) is not
// held for later. Held, every word column the demo's first poll or its
// first group showed stayed for the session at that width, `classic`
// on every row, and came and went as a name's cells were needed
// (ut42a-13: `type` came as `assign` went when both demo groups
// stopped).
func (h *wordHeld) hold(at time.Time, boxW, groups int, plain []bool, w [groupWordCols]int) (want, spare [groupWordCols]int, gone [groupWordCols + 1]bool) {
	if h.boxW != boxW {
		*h = wordHeld{boxW: boxW}
	}
	for i := 1; i <= groupWordCols && i < len(plain); i++ {
		switch {
		case !plain[i] && groups < 2: // shown, nothing to tell apart: not held
		case !plain[i]:
			h.apart[i] = at
		case !h.apart[i].IsZero():
			plain[i], gone[i] = false, at.Sub(h.apart[i]) >= wordHold
		}
	}
	for i := 1; i < groupWordCols; i++ {
		if w[i] >= h.w[i] {
			h.w[i], h.wAt[i] = w[i], at
		}
		if at.Sub(h.wAt[i]) >= wordHold {
			spare[i] = h.w[i] - w[i]
		}
	}
	return h.w, spare, gone
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
		w[1] = max(w[1], draw.Width(model.PrintableString(cmp.Or(g.Type, "classic"))))
		w[2] = max(w[2], draw.Width(model.PrintableString(g.State)))
		w[3] = max(w[3], draw.Width(cmp.Or(model.PrintableString(g.Assignor), "-")))
	}
	return w
}

// wordWants sets the word columns' wanted widths to the list's widest
// words held (wordHeld) (and the page's, texts, should a row be newer),
// dropping what the width memory held for them.
func (p *GroupsPane) wordWants(cols []draw.Col, texts [][]string) {
	for i := 1; i < groupWordCols && i < len(cols); i++ {
		cols[i].Want = max(longest(texts, i), p.frame.wordW[i])
		cols[i].Held = min(p.frame.wordSpare[i], cols[i].Want-longest(texts, i)) // a word unshown for wordHold: its cells before a name
	}
}
