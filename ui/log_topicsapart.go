package ui

import (
	"slices"

	"github.com/washboard/washboard/model"
)

// Two topics the Log holds that share their start and end
// (`settlement.payments.reconciliation-events.eu-west-1.v3` and
// `…us-east-1.v3`) are told apart in the position column as keys are
// (ut30 X1: both read `set….v3/3@45` in the 80x24 grid, `set…1.v3/1@2302`
// zoomed). The width and the cut are judged over every topic the Log
// holds (logAts: the topics of its held records), not over the rows on
// screen, so they hold as rows scroll and pages turn: no topic's cut
// flips as the other topic comes and goes.

// maxApartTopics bounds the topics judged together: a Log holding more
// (a console of hundreds of topics) judges the topics on screen only, as
// apartCut's tries are per topic.
const maxApartTopics = 64

// topicsApart is, for the topics the Log holds, the fewest cells of the
// position column that tell them apart (apartCut), worked out again only
// when the topics or the room their positions keep change.
type topicsApart struct {
	ats   int       // len(logAts) when worked out
	sum   int       // the sum of its rooms then
	items []cutItem // the topics, each with its position's room; nil past maxApartTopics
	w     int       // the fewest cells telling them apart (0: none needed, or none does)
}

// note works out the topics held by ats anew when they changed.
func (t *topicsApart) note(ats logAts) {
	sum := 0
	for _, n := range ats {
		sum += n
	}
	if t.ats == len(ats) && t.sum == sum && (t.items != nil || len(ats) == 0 || len(ats) > maxApartTopics) {
		return
	}
	*t = topicsApart{ats: len(ats), sum: sum}
	if len(ats) < 2 || len(ats) > maxApartTopics {
		return
	}
	for topic, n := range ats {
		t.items = append(t.items, cutItem{text: model.PrintableString(topic), extra: n})
	}
	sameRoom(t.items)
	slices.SortFunc(t.items, func(a, b cutItem) int { // one order: apartCut's answer does not hang on the map's
		switch {
		case a.text < b.text:
			return -1
		case a.text > b.text:
			return 1
		}
		return 0
	})
	// from a position and seven cells of its topic (the least the
	// columns keep), or the fewest cells any cut could tell two topics
	// apart in: narrower, cuts of two or three cells differ by their
	// lengths alone (`s…` beside `s…3`)
	floor := 0
	for _, it := range t.items {
		floor = max(floor, it.extra+7)
	}
	least := max(leastApart(t.items), floor)
	if w, _, ok := apartCut(t.items, least, least+96); ok && w > floor { // apart in the least the columns keep: nothing to ask
		t.w = w
	}
}

// whereItems are the topics the position column tells apart: those the
// Log holds (t.items) and those of recs (a page back holds topics the
// Log no longer does), each with the room its position keeps.
func (t *topicsApart) whereItems(recs []model.Record, ats logAts) []cutItem {
	items := slices.Clone(t.items)
	for i := range recs {
		if recs[i].Note == "" {
			items = append(items, cutItem{text: model.PrintableString(recs[i].Topic), extra: ats.of(&recs[i])})
		}
	}
	sameRoom(items)
	return items
}

// sameRoom judges every topic of items in the room the widest position
// leaves: each topic is shown in its own room, as wide or wider, whose
// cut keeps as many cells at either end (fitCut), so topics told apart
// so read apart on screen; judged in their own rooms, two topics could
// differ only by those rooms' lengths (`settl…t-1.v3` beside
// `settl…st-1.v3`, ut30 X1).
func sameRoom(items []cutItem) {
	most := 0
	for _, it := range items {
		most = max(most, it.extra)
	}
	for i := range items {
		items[i].extra = most
	}
}

// apartLeast is the fewest cells the position column keeps so the topics
// the Log holds read apart (topicsApart), where a topic on screen needs
// them (no more than its widest position, whole) and the row has them:
// what the value's floor (logValueFloor) and a key of keyW cells (at
// most keyApartGrow: telling rows apart comes before showing more of a
// key) leave.
func (p *LogPane) apartLeast(fit logFit, keyW int) int {
	most := p.w - logTimeWidth(p.w) - 2 - logValueFloor(p.w) - min(keyW, keyApartGrow)
	return min(p.apart.w, fit.widest.where, most)
}
