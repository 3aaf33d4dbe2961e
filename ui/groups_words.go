package ui

import (
	"cmp"

	"github.com/washboard/washboard/model"
	"github.com/washboard/washboard/ui/draw"
)

// The Groups list's word columns (type, state, assign, gen) are there
// whenever the box holds them, whatever the groups say: which columns
// show depends on the box's size and the data model, never on the
// groups' values being alike (s30: the lead's decision, reversing
// ut16a D10, ut24a P19, ut38b-2 and ut41-5). Judged on the values, the
// columns came and went while the user only watched (ut43a-8, ut43a-12,
// ut43b-2): a column dropped as alike came back when one group
// rebalanced, one poll of `CompletingRebalance` widened `state` and
// pushed `type` out, and a minute later the held cells were given back.
//
// So each word column is as wide as the widest word Kafka gives it
// (its floor, groupWordFloor), the long words shortened in the cell to
// fit it (groupWordShort: `Completing…` for `CompletingRebalance`), and
// a word wider still (a custom assignor, a state a later Kafka adds)
// widens its column for as long as the box keeps its width: at a fixed
// size a state change, a rebalance, a member joining or a generation
// rising never moves a column.

// groupWordCols is how many of groupCols' first columns are the name
// and the word columns: display columns 1 to groupWordCols-1 (type,
// state, assign, gen).
const groupWordCols = 5

// groupWordFloor is each word column's least width, by display column
// (0, the name, unused): `consumer`, `Completing…` (and `Reconciling`),
// `coop-sticky`, `gen` (a generation under 1,000).
var groupWordFloor = [groupWordCols]int{0, len("consumer"), draw.Width("Completing…"), len("coop-sticky"), len("gen")}

// groupWordShort is a word as its cell writes it: the long Kafka states
// and assignor shortened so that their column keeps a small fixed
// width (README: Groups; help says it too). The filter reads the
// whole word.
func groupWordShort(s string) string {
	switch s {
	case "PreparingRebalance":
		return "Preparing…"
	case "CompletingRebalance":
		return "Completing…"
	case "cooperative-sticky":
		return "coop-sticky"
	}
	return s
}

// wordWidths is the word columns' widths for one box width: each its
// floor, or the widest word the list has had since the box took that
// width.
type wordWidths struct {
	boxW int
	w    [groupWordCols]int
}

// hold notes the list's widest words now (groupWordWidths) at box width
// boxW and returns each word column's width: a new width judges them
// afresh.
func (h *wordWidths) hold(boxW int, now [groupWordCols]int) [groupWordCols]int {
	if h.boxW != boxW {
		*h = wordWidths{boxW: boxW, w: groupWordFloor}
	}
	for i := 1; i < groupWordCols; i++ {
		h.w[i] = max(h.w[i], now[i])
	}
	return h.w
}

// groupWordWidths is the widest type, state, assignor and generation of
// every group, the filter aside (ut26 S3), as their cells print them
// (groupCells), by display column (0, the name, unused). Called under
// Store.Read, once per poll.
func groupWordWidths(st *model.State) (w [groupWordCols]int) {
	for i := range st.Groups {
		g := &st.Groups[i]
		w[1] = max(w[1], draw.Width(model.PrintableString(cmp.Or(g.Type, "classic"))))
		w[2] = max(w[2], draw.Width(groupWordShort(model.PrintableString(g.State))))
		w[3] = max(w[3], draw.Width(groupWordShort(cmp.Or(model.PrintableString(g.Assignor), "-"))))
	}
	return w
}

// wordWants sets the word columns' wanted widths to their held widths
// (wordWidths), and the generation's to the list's widest, dropping what
// the width memory held for them.
func (p *GroupsPane) wordWants(cols []draw.Col) {
	for i := 1; i < groupWordCols && i < len(cols); i++ {
		cols[i].Want = p.frame.wordW[i]
	}
}
