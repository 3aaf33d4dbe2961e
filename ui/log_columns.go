package ui

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"

	"github.com/washboard/washboard/model"
	"github.com/washboard/washboard/ui/draw"
)

// logWants are the cells a frame's rows need in each column: the widest
// topic/partition@offset, key and text after the key.
type logWants struct{ where, key, text int }

// logTimeWidth is the time column and its space: shown from 60 cells.
func logTimeWidth(w int) int {
	if withTime, _, _ := logColumns(w); withTime {
		return 9
	}
	return 0
}

// logValueFloor is the least of a row the value keeps while the key or
// the position need more than their shares: two fifths of what the time
// leaves, so the value still reads as the row's content.
func logValueFloor(w int) int {
	return max((w-logTimeWidth(w)-2)*2/5, 8)
}

// valueLeast is the cells the value keeps, when a row on screen needs
// them, though the typical values are shorter: `null (tombstone)` whole
// among `v0`s, not `n…`.
const valueLeast = 16

// logWidths sizes the position and key columns of a pane w cells wide by
// one rule over the rows on screen (fit): nothing is cut while the row
// ends in blank cells, except an outlier, which is cut rather than given
// cells another row's value needs (ut19b G1, J3, J4).
//
// The value keeps what its typical rows need (at least valueLeast when
// a row needs it), up to its floor (logValueFloor): that leaves the
// budget returned, the most the two
// columns may take. First the typical rows (typicalWidth, outliers left
// out) are served: the columns share the value's fair share (what a
// quarter and a sixth of the width leave it, logColumns) by need, the
// key's first, and the key then takes what it still needs down to the
// budget. The cells the value keeps past what its typical rows need
// hold a longer value whole (`null (tombstone)`); those of them that
// hold no value whole, only a long one cut whatever they are (spent),
// go to the key where they make the typical keys whole, and the budget
// grows by what it takes (ut31 Y2: `mercha…ount-14` on every row of a
// topic's `{"v":14}` rows for the cells one row's 140-cell value keeps).
// The position column then takes the cells that tell the topics the Log
// holds apart (whereSoft) where the key leaves them: a topic on screen
// keeps whereLeast before the key has more than its part (a position, a
// few cells of its topic and what tells the topics on screen apart),
// but the cells that tell it from topics not on screen come after the
// key (ut31 Y11: `ship…nt-17` beside `fulf…ream-prod`, the one topic on
// screen given the cells two other topics held need). Then the cells no
// value on screen needs (what the widest value leaves) go to the rows
// still cut, outliers included, the key's first: they are blank at every
// row's end otherwise, so a row whose value ends early is not cut beside
// them and no value loses a cell. Last, those cells hold what the
// typical rows of earlier frames needed (mem, the key's first), so the
// columns hold still while that costs no row on screen a cell.
func logWidths(w int, fit logFit, mem logWants, whereLeast, whereSoft int, oneTopic bool) (whereW, keyW, budget int) {
	_, whereMax, keyMax := logColumns(w)
	avail := w - logTimeWidth(w) - 2 // the spaces after the position and the key
	// what values needed in earlier frames is kept only up to the widest
	// value on screen: more would pad every row's end while a key or
	// topic is cut (a page back holding shorter values than the live end)
	text := max(fit.typical.text, min(mem.text, fit.widest.text))
	keep, spent := valueKeep(w, fit, text)
	budget = max(avail-keep, 2)
	fair := min(max(avail-min(text, max(avail-whereMax-keyMax, logValueFloor(w))), 2), budget)
	need := fit.typical
	whereW, keyW = min(need.where, whereMax), min(need.key, keyMax)
	give := func(spare int, wants ...[2]any) int {
		for _, g := range wants {
			col, want := g[0].(*int), g[1].(int)
			add := min(spare, max(want-*col, 0))
			*col += add
			spare -= add
		}
		return spare
	}
	give(max(fair-whereW-keyW, 0), [2]any{&keyW, need.key}, [2]any{&whereW, need.where})
	// what the position keeps before the key has the cells that make its
	// keys whole: those telling its topic from topics not on screen, and
	// where the rows on screen share one topic, the cells of it past its
	// least, come after them (ut31 Y11)
	shared := max(whereW, whereLeast)
	if oneTopic {
		shared = max(whereLeast, min(whereSoft, whereW))
	}
	if least := max(whereLeast, whereSoft); whereW < least {
		keyW, whereW = max(keyW-(least-whereW), 1), least
	}
	keyW += min(max(need.key-keyW, 0), max(budget-whereW-keyW, 0))
	whole := max(need.key, fit.keyWhole) // what makes the typical keys whole
	if spent > 0 && keyW < whole {
		if k := widestWithin(fit.keys, min(whole, budget-whereW+spent)); k > keyW {
			budget += max(whereW+k-budget, 0)
			keyW = k
		}
	}
	// up to the typical width of the keys: what makes keys on screen
	// whole, or the typical width where the following Log holds the key
	// column at it already (a page of shorter keys gives nothing back:
	// the cut does not flip with them)
	if back := whereW - shared; keyW < whole && back > 0 {
		k := widestWithin(fit.keys, min(whole, keyW+back))
		if fit.keyHeld >= whole && keyW+back >= whole {
			k = whole
		}
		if k > keyW {
			whereW, keyW = whereW-(k-keyW), k
		}
	}
	free := max(avail-whereW-keyW-fit.widest.text, 0) // cells no value on screen needs
	free = give(free, [2]any{&keyW, fit.widest.key}, [2]any{&whereW, fit.widest.where})
	give(min(free, max(budget-whereW-keyW, 0)), [2]any{&keyW, mem.key}, [2]any{&whereW, mem.where})
	return whereW, keyW, budget
}

// valueKeep is the cells the value keeps in a pane w cells wide whose
// typical rows' values need text cells (logWidths): what they need, at
// least valueLeast when a row on screen has a longer value, up to its
// floor. spent is how many of the cells kept past text hold no value on
// screen whole: every value wider than text is wider than keep too, so
// those cells only show more of values cut whatever they are.
func valueKeep(w int, fit logFit, text int) (keep, spent int) {
	keep = min(max(text, min(fit.widest.text, valueLeast)), logValueFloor(w))
	return keep, max(keep-max(text, widestWithin(fit.texts, keep)), 0)
}

// widestWithin is the widest of ws (narrowest first) no wider than most,
// 0 when none is.
func widestWithin(ws []int, most int) int {
	i, _ := slices.BinarySearch(ws, most+1)
	if i == 0 {
		return 0
	}
	return ws[i-1]
}

// fitCut fits safe plain text s in width cells as draw.FitMiddle does,
// one ellipsis, the cut moved shift cells towards the start (keeping
// more of the end; a negative shift keeps more of the start). A shift
// that would leave either end fewer than three cells cuts in the middle.
// Neither end is cut inside an escape (log_cut.go): the start gives the
// escape's cells to the end, which takes what of them it can.
func fitCut(s string, width, shift int) string {
	sw := draw.Width(s)
	if sw <= width || width < 5 {
		return draw.FitMiddle(s, width)
	}
	head := (width-1)/2 - shift
	if shift == 0 || width < 7 || head < 3 || width-1-head < 3 {
		head = (width - 1) / 2
	}
	start := sw - (width - 1 - head)
	if strings.Contains(s, `\`) {
		head, start = escapeCut(escapeUnits(s), sw, width, head)
	}
	h := ansi.Truncate(s, head, "")
	t := ansi.TruncateLeft(s, start, "")
	for room := width - 1 - draw.Width(h); draw.Width(t) > room && t != ""; { // a wide rune the tail's start split is kept whole: start after it
		start++
		t = ansi.TruncateLeft(s, start, "")
	}
	out := h + model.Ellipsis + t
	if ow := draw.Width(out); ow < width { // a wide rune did not split evenly, or an escape
		out += strings.Repeat(" ", width-ow)
	}
	return out
}

// escapeCut is where a cut of text sw cells wide, holding escapes
// (units), falls in width cells, one ellipsis between the head's cells
// and the tail from start: neither end inside an escape, as many cells
// shown as the escapes let, both ends kept where they can be (ut30 X13: `evil-\x1b…-rtl` and 6 blank cells
// where `evil-\x1b[2J-…-rtl` fits, `evil-…-rtl` and 3 where
// `evil-\x1b…rtl` fits), the head nearest want among the cuts that show
// the most.
func escapeCut(units []escUnit, sw, width, want int) (head, start int) {
	best := -1
	for h := 0; h <= width-1; h++ {
		if safeHead(units, h) != h {
			continue
		}
		st := safeStart(units, max(sw-(width-1-h), h))
		shown := h + sw - st
		if h > 0 && st < sw { // both ends kept first
			shown += sw
		}
		if shown > best || shown == best && abs(h-want) < abs(head-want) {
			best, head, start = shown, h, st
		}
	}
	return head, start
}

// abs is |n|.
func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// cutItem is a text fitted in a column's width less extra cells (a
// topic's room is what its position leaves).
type cutItem struct {
	text  string
	extra int
}

// apartAt reports whether the texts of items, each cut (fitCut, shift)
// to w less its extra cells, read differently wherever they differ.
func apartAt(items []cutItem, w, shift int) bool {
	shown := make(map[string]string, len(items))
	for _, it := range items {
		s := fitCut(it.text, w-it.extra, shift)
		if k, ok := shown[s]; ok && k != it.text {
			return false
		}
		shown[s] = it.text
	}
	return true
}

// apartTries bounds the cuts apartCut tries in a frame.
const apartTries = 400

// apartCut is the narrowest width from from up to most, and the cut,
// that tell the different texts of items apart: in the middle (shift 0)
// when that does, else with the least shift of the cut either way (more
// of the end first, fitCut). Two keys that differ past their middle
// (settlement-batch-merchant-account-00001-reconciliation-key and
// …-00003-…) both read `settlement…liation-key` when cut in the middle
// (ut18b G2); moving the cut shows the digit that tells them apart. ok is
// false, with from and a middle cut, when no width up to most does.
func apartCut(items []cutItem, from, most int) (w, shift int, ok bool) {
	items = distinctItems(items)
	return apartSearch(items, from, leastApart(items), most)
}

// apartSearch is apartCut over distinct items, least a width below which
// no cut tells them apart (leastApart, or a bound under it).
func apartSearch(items []cutItem, from, least, most int) (w, shift int, ok bool) {
	if apartAt(items, from, 0) {
		return from, 0, true
	}
	tries := 0
	for w = max(from, least); w <= most && tries < apartTries; w++ {
		for d := 0; d <= w/2 && tries < apartTries; d++ {
			for _, s := range [2]int{d, -d} {
				tries++
				if (s != 0 || d == 0) && apartAt(items, w, s) {
					return w, s, true
				}
			}
		}
	}
	return from, 0, false
}

// distinctItems is items without repeats.
func distinctItems(items []cutItem) []cutItem {
	seen := make(map[cutItem]bool, len(items))
	out := items[:0:0]
	for _, it := range items {
		if !seen[it] {
			seen[it] = true
			out = append(out, it)
		}
	}
	return out
}

// leastApart is a width below which some two texts of items (distinct)
// cannot read apart whatever the cut: two that share p leading and q
// trailing cells need p+1 at the head or q+1 at the tail, around the
// ellipsis, with three cells at least at each end.
func leastApart(items []cutItem) int {
	least := 0
	for i := range items {
		for j := i + 1; j < len(items); j++ {
			a, b := items[i].text, items[j].text
			p, q := 0, 0
			for p < len(a) && p < len(b) && a[p] == b[p] {
				p++
			}
			for q < len(a)-p && q < len(b)-p && a[len(a)-1-q] == b[len(b)-1-q] {
				q++
			}
			need := min(min(p, q)+5, min(len(a), len(b))) + max(items[i].extra, items[j].extra)
			least = max(least, need)
		}
	}
	return least
}

// keyEnds is the text of a key longer than limit bytes as its first and
// last limit/2 bytes (whole runes) around an ellipsis, each made
// printable by text: the column cuts it once more in the middle, so
// both ends of the key show (A7: a 167-byte key cut at 64 bytes, then in
// the middle, showed neither its start nor its end whole).
func keyEnds(b []byte, limit int, text func([]byte) string) string {
	if len(b) <= limit {
		return text(b)
	}
	h, t := limit/2, len(b)-limit/2
	for h > 0 && !utf8.RuneStart(b[h]) {
		h--
	}
	for t < len(b) && !utf8.RuneStart(b[t]) {
		t++
	}
	return text(b[:h]) + model.Ellipsis + text(b[t:])
}

// keyLimit is how many bytes of a key a log line reads in a pane w cells
// wide: the width, at least 64, so a key the row has room for shows
// whole, and a longer one as its two ends (keyEnds).
func keyLimit(w int) int { return max(w, 64) }

// logAts is the room each topic's rows keep for "/partition@offset": the
// widest position its rows have shown. It only widens, so a topic's cut
// does not change as the user scrolls; and a topic's room is its own
// (ut18b G4: `orders/2@0` was cut to `or…rs` for other topics' offsets,
// read before a filter hid them). A row's room is held to its offset's
// digit group (heldPositionWidth), so an offset gaining a digit inside
// its group of three moves nothing: at 80x24 every value started a cell
// later, and the topic cut anew, as `/1@95` became `/1@100` (ut34a-2).
//
// A topic's rows are cut to the room its positions really take (atRoom's
// real): the cells the held room keeps past it, blank on every row while
// no offset has gained that digit, go to the topic's name (ut37-18:
// `laun…-logs/0@1012` and two blank cells where `laundr…e-logs/0@1012`
// fits), the column's width still held.
type logAts map[string]atRoom

// atRoom is the room a topic's rows keep for "/partition@offset": held,
// the widest position rounded up to its digit group (what the column is
// sized by), and real, the widest position as written (what the name's
// cut leaves beside it).
type atRoom struct{ held, real int }

// wider is r widened to a position holding held cells and taking real.
func (r atRoom) wider(held, real int) atRoom {
	return atRoom{held: max(r.held, held), real: max(r.real, real)}
}

// maxAts bounds the topics logAts remembers: past it, it starts afresh.
const maxAts = 1024

// widen notes the positions of recs, giving the map to keep (a new one
// when a is nil or full).
func (a logAts) widen(recs []model.Record) logAts {
	if a == nil || len(a) > maxAts {
		a = logAts{}
	}
	for i := range recs {
		r := &recs[i]
		a[r.Topic] = a[r.Topic].wider(positionRoom(r), positionTaken(r))
	}
	return a
}

// widenHeld widens f.atW to the records the log holds that it has not
// noted yet; after the log took records out of its middle (model.Ring.Keep)
// positions moved, so it notes them all again.
func (f *logFrame) widenHeld(log *model.Ring[model.Record]) {
	if e := log.Edits(); e != f.atEdits {
		f.atScan, f.atEdits = log.Dropped(), e
	}
	f.atW, f.atScan = f.atW.widenHeld(log, f.atScan)
}

// widenHeld notes the positions of the records log holds from ring
// position from on (the ones not noted before), giving the map to keep
// and the position to go on from. A topic's room is then the widest
// position of its records held, not only of those shown: paging from
// the live end (`/4@29`) to a replaced cluster's earlier log (`/4@2206`)
// does not cut the topic anew (ut22b N16).
func (a logAts) widenHeld(log *model.Ring[model.Record], from uint64) (logAts, uint64) {
	first := log.Dropped()
	end := first + uint64(log.Len())
	if from > end { // the ring started again
		from = first
	}
	if a == nil || len(a) > maxAts {
		a, from = logAts{}, first
	}
	for p := max(from, first); p < end; p++ {
		r := log.At(int(p - first))
		if r.Note == "" {
			if w := heldPositionWidth(r.Partition, r.Offset); w > a[r.Topic].held || positionWidth(r.Partition, r.Offset) > a[r.Topic].real {
				a[r.Topic] = a[r.Topic].wider(w, positionWidth(r.Partition, r.Offset))
			}
		}
	}
	return a, end
}

// positionWidth is len(position(r)) for a record (not a note) of
// partition and offset, without building the text: every frame measures
// the records that arrived since the last.
func positionWidth(partition int, offset int64) int {
	return 2 + decimalDigits(int64(partition)) + decimalDigits(offset)
}

// heldPositionWidth is the room a position of partition and offset is
// held to: its offset's digits rounded up to their group of three, as
// the header holds its read count (countRoom), so `@95` keeps the cell
// `@100` needs and only `@999` to `@1000` widens the room, once.
func heldPositionWidth(partition int, offset int64) int {
	d := decimalDigits(offset)
	return positionWidth(partition, offset) + (d+2)/3*3 - d
}

// decimalDigits is the cells n takes in decimal, its sign included.
func decimalDigits(n int64) int {
	d := 1
	if n < 0 {
		d, n = 2, -n
	}
	for ; n <= -10 || n >= 10; n /= 10 {
		d++
	}
	return d
}

// positionRoom is the room r's row keeps for its position of its own: a
// record's held to its digit group (heldPositionWidth), a note's the
// `/partition` it writes.
func positionRoom(r *model.Record) int {
	if r.Note != "" {
		return len(position(r))
	}
	return heldPositionWidth(r.Partition, r.Offset)
}

// positionTaken is the cells r's position takes as written.
func positionTaken(r *model.Record) int {
	if r.Note != "" {
		return len(position(r))
	}
	return positionWidth(r.Partition, r.Offset)
}

// of is the room r's row keeps for its position.
func (a logAts) of(r *model.Record) int { return max(a[r.Topic].held, positionRoom(r)) }

// taken is the cells the widest position of r's topic takes as written:
// what its name's cut leaves beside it.
func (a logAts) taken(r *model.Record) int { return max(a[r.Topic].real, positionTaken(r)) }

// widest is the widest room recs' rows keep for their positions.
func (a logAts) widest(recs []model.Record) int {
	n := 0
	for i := range recs {
		n = max(n, a.of(&recs[i]))
	}
	return n
}
