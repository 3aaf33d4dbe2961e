package ui

import (
	"slices"
	"strings"

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
		sum += n.held
	}
	if t.ats == len(ats) && t.sum == sum && (t.items != nil || len(ats) == 0 || len(ats) > maxApartTopics) {
		return
	}
	*t = topicsApart{ats: len(ats), sum: sum}
	if len(ats) < 2 || len(ats) > maxApartTopics {
		return
	}
	for topic, n := range ats {
		t.items = append(t.items, cutItem{text: model.PrintableString(topic), extra: n.held})
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

// screenTopics are the different topics of recs, each with the room the
// widest position of them keeps (sameRoom), in one order.
func screenTopics(recs []model.Record, ats logAts) []cutItem {
	var items []cutItem
	for i := range recs {
		if recs[i].Note == "" {
			items = append(items, cutItem{text: model.PrintableString(recs[i].Topic), extra: ats.of(&recs[i])})
		}
	}
	sameRoom(items)
	items = distinctItems(items)
	slices.SortFunc(items, func(a, b cutItem) int { return strings.Compare(a.text, b.text) })
	return items
}

// oneTopic reports whether the records of recs (notes aside) share one
// topic: its part of the position column tells no row apart.
func oneTopic(recs []model.Record) bool {
	topic := ""
	for i := range recs {
		switch r := &recs[i]; {
		case r.Note != "":
		case topic == "":
			topic = r.Topic
		case r.Topic != topic:
			return false
		}
	}
	return topic != ""
}

// screenApart is the fewest cells of the position column that tell the
// different topics of recs (the rows on screen) apart from each other
// (apartCut), 0 where a position and seven cells of each already do, or
// where one topic is on screen: its rows need no cells to be told apart
// by their topic, and what tells it from the topics the Log holds
// besides (topicsApart) comes after the key (logWidths' whereSoft).
func screenApart(recs []model.Record, ats logAts) int {
	items := screenTopics(recs, ats)
	if len(items) < 2 || len(items) > maxApartTopics {
		return 0
	}
	floor := items[0].extra + 7
	if apartAt(items, floor, 0) {
		return 0
	}
	least := max(leastApart(items), floor)
	if w, _, ok := apartSearch(items, least, least, least+96); ok {
		return w
	}
	return 0
}

// whereCut is the width, from whereW up to most, and the cut of the
// position column: what tells every topic the Log holds apart (held,
// topicsApart.whereItems), else, where the width cannot, what tells the
// topics on screen apart from each other (their rows read apart though
// a topic the Log holds besides may read as one of them).
func whereCut(held []cutItem, recs []model.Record, ats logAts, whereW, most int) (int, int) {
	if w, shift, ok := apartCut(held, whereW, most); ok {
		return w, shift
	}
	w, shift, _ := apartCut(screenTopics(recs, ats), whereW, most)
	return w, shift
}

// apartLeast is the fewest cells the position column keeps so the topics
// the Log holds read apart (topicsApart), where a topic on screen needs
// them (no more than its widest position, whole) and the row has them:
// what the value's floor (logValueFloor) and a key of keyW cells (at
// most keyApartGrow: telling rows apart comes before showing more of a
// key) leave.
func (p *LogPane) apartLeast(fit logFit, keyW int) int {
	return min(p.apart.w, fit.widest.where, p.apartMost(keyW))
}

// screenLeast is apartLeast for the topics on screen (recs) only:
// the cells that tell them apart from each other (screenApart).
func (p *LogPane) screenLeast(recs []model.Record, ats logAts, fit logFit, keyW int) int {
	return min(screenApart(recs, ats), fit.widest.where, p.apartMost(keyW))
}

// apartMost is the most cells the position column keeps to tell topics
// apart: what the value's floor and a key of keyW cells (at most
// keyApartGrow) leave.
func (p *LogPane) apartMost(keyW int) int {
	return p.w - logTimeWidth(p.w) - 2 - logValueFloor(p.w) - min(keyW, keyApartGrow)
}
