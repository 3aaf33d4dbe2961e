package ui

import "github.com/washboard/washboard/model"

// While the Log follows its tail the values start at one cell on every
// frame, as a tail in kcat or k9s does (ut29 W2, V1: at 200x50 the value
// column went 53 -> 58 -> 71 -> 53 -> 60 cells from one half-second to
// the next as a burst's 66-character keys scrolled through). The
// position and key columns are sized to what the typical rows of the
// last minute need (keyHeld, logWidths, outliers left out), within a
// share of the row (followKeyCap), and those widths only grow for one
// layout (logMemoKey: a resize, `f`, `a` or another filter starts
// afresh): a burst's long keys, a long topic's clump, are cut to the
// columns, where they differ (keyApart, whereCut), never given the
// cells every row's value starts after. Paused, they hold until the
// page moves; then, and paged back, the rows on screen are laid out for
// themselves (columns).

// followCols are the widths the following Log's columns hold for one
// layout.
type followCols struct {
	key          logMemoKey
	set          bool
	whereW, keyW int
	pausedTop    uint64 // the ring position of the top row of the page followed when paused
}

// followKeyCap is the most the key column takes while following in a
// pane w cells wide: a sixth of the width (logColumns), or a quarter of
// what the time leaves where that is more, so a minute of long keys
// cannot pad every short key out over the value's cells.
func followKeyCap(w int) int {
	_, _, keyMax := logColumns(w)
	return max(keyMax, (w-logTimeWidth(w)-2)/4)
}

// followWhereCap is the most the position column takes while following
// for topics longer than the typical rows': a quarter of the width
// (logColumns), or a third of what the time leaves where that is more.
func followWhereCap(w int) int {
	_, whereMax, _ := logColumns(w)
	return max(whereMax, (w-logTimeWidth(w)-2)/3)
}

// followWidths are the widths the rows of a following frame ask of the
// position and key columns by logWidths' rule, the typical rows being
// those counted over the last minute and those on screen (keyHeld): the
// typical key within a third of what the time leaves (or a sixth of the
// width), and the cells no value on screen or of the last minute needs
// given to the longer keys and topics only up to followKeyCap and
// followWhereCap, as those widths are then held.
func (p *LogPane) followWidths(recs []model.Record, cells []logCell, ats logAts) (whereW, keyW, budget int) {
	fit := logFitOf(recs, cells, ats)
	mem := p.memo.wants(p.memoKey())
	// the cells the values of the last minute needed are not free while
	// following: a frame of a burst's short values alone (300 records in
	// one read fill the page) gave them to its long topic, the widths
	// were held, and the next frame, the steady rows back, could not keep
	// them, so the values started 8-9 cells off on every burst (ut32a Za1,
	// ut32b Zb1)
	fit.widest.text = max(fit.widest.text, mem.text)
	_, _, keyMax := logColumns(p.w)
	where := p.held.whereWidth(p.memoKey(), recs, ats)
	// past the cap below, what the cells the value keeps for values cut
	// whatever they are make whole (logWidths, ut31 Y2)
	fit.keyWhole = p.held.width(p.memoKey(), recs, cells)
	if fc := &p.steady; fc.set && fc.key == p.memoKey() {
		fit.keyHeld = fc.keyW
	}
	// the position keeps a position and seven cells of its topic, and
	// what tells the topics on screen apart (then what tells the topics
	// held apart, soft, where the key leaves it: logWidths)
	least := max(min(ats.widest(recs)+7, fit.widest.where), p.screenLeast(recs, ats, fit, fit.keyWhole))
	// the typical key within a third of what the time leaves, or what
	// those cells of the position and the widest value on screen leave
	// where that is more: a minute of long keys with short values reads
	// whole, not cut beside blank cells at every row's end (the held
	// widths only grow, so a longer value later is cut, and no value
	// moves), nor for cells of a topic every row shares (ut31 Y11)
	soft := p.apartLeast(fit, fit.keyWhole)
	room := p.w - logTimeWidth(p.w) - 2 - max(least, soft) - 1 - max(fit.widest.text, valueLeast)
	typicalCap := max(keyMax, (p.w-logTimeWidth(p.w)-2)/3, room)
	held := min(fit.keyWhole, typicalCap)
	fit.typical.key, mem.key = held, held
	fit.typical.where, mem.where = where, where
	// longer keys than the typical up to their share of the row, or
	// what the position and the widest value on screen leave where that
	// is more (ut31 Y10: 66-character keys cut by 21 cells beside 34
	// blank ones at 200x50 zoomed)
	fit.widest.key = max(min(fit.widest.key, max(followKeyCap(p.w), room)), held)
	fit.widest.where = max(min(fit.widest.where, followWhereCap(p.w)), where)
	return logWidths(p.w, fit, mem, least, soft, oneTopic(recs))
}

// noteFollow grows the held widths to what this frame's rows ask
// (followWidths) while they hold (followHeld: a paused page's offsets
// can gain a digit as the buffer rolls, and its topics keep their cut);
// another frame leaves them.
func (p *LogPane) noteFollow() {
	f := &p.frame
	if !p.followHeld() {
		return
	}
	whereW, keyW, budget := p.followWidths(f.recs, f.cells, f.atW)
	fc := &p.steady
	if k := p.memoKey(); !fc.set || fc.key != k {
		*fc = followCols{key: k, set: true}
	}
	ask := heldAsk{whereW: whereW, keyW: keyW, budget: budget, whereWhole: widestWhere(f.recs, f.atW), whereMinute: p.held.widestWhere(p.memoKey())}
	fc.whereW, fc.keyW = heldWithin(fc.whereW, fc.keyW, ask)
	fc.whereW, fc.keyW = keyToTopics(fc.whereW, fc.keyW, ask)
}

// keyToTopics gives the topics on screen, where they are cut, the held
// key cells the keys of the last minute no longer need (the frame asks
// fewer: ask.keyW): held widths only grow for a layout, so the key
// column kept 14 cells for `settlement-14` keys gone for minutes while
// every row's `inventory-snapshots` was cut to `inve…napshots` (ut42b-7).
// The two widths' sum stays, so the values start where they did; the
// keys start further right once, and come back only when the minute's
// keys need the cells again.
func keyToTopics(whereW, keyW int, ask heldAsk) (int, int) {
	give := min(keyW-max(ask.keyW, 1), ask.whereWhole-whereW)
	if give <= 0 {
		return whereW, keyW
	}
	return whereW + give, keyW - give
}

// heldAsk is what one following frame asks of the held position and key
// widths (cells): its own split (logWidths) within budget, the position
// width that shows every topic on screen whole, and the one that shows
// whole every topic of the rows shown over the last minute (keyHeld).
type heldAsk struct {
	whereW, keyW, budget    int
	whereWhole, whereMinute int
}

// heldWithin grows the held position and key widths to a frame's (each
// within that frame's budget, logWidths), but never both past the budget
// together: the widest position of one minute (a long topic's clump)
// and the widest key of another (a burst's keys) held at once cut every
// value to 13 cells at 200x50 (ut31 Y1). Past it, a held position that
// shows every topic on screen whole keeps the cells the topics of the
// last minute need (so one topic's burst does not move it) and the key
// takes the rest (a burst's keys cut where they differ: keyApart):
// each frame's own split moved the topic/key boundary 3 cells between a
// burst of one topic (its keys whole, the topic cut) and the steady rows
// after it (the topics whole, the keys cut) at 200x50 zoomed, every 15 s
// (ut33 Q4). Where the topics are cut even at the held width, the
// frame's own widths stand, each grown toward what was held in the cells
// the budget leaves, the key's first: those cells only show more of a
// cut topic, so the keys take them (ut31 Y11, Y2).
func heldWithin(heldWhere, heldKey int, a heldAsk) (int, int) {
	w, k := max(heldWhere, a.whereW), max(heldKey, a.keyW)
	if w+k <= a.budget || a.whereW+a.keyW > a.budget {
		return w, k
	}
	// the key keeps what it held or what the frame asks, the less: a
	// budget narrowed by longer values cut keys to `sh…-8` otherwise
	keyLeast := max(min(heldKey, a.keyW), 1)
	if keep := min(heldWhere, max(a.whereWhole, a.whereMinute), a.budget-keyLeast); keep >= a.whereWhole && keep > a.whereW {
		return keep, min(a.budget-keep, k)
	}
	spare := a.budget - a.whereW - a.keyW
	dk := min(max(heldKey-a.keyW, 0), spare)
	dw := min(max(heldWhere-a.whereW, 0), spare-dk)
	return a.whereW + dw, a.keyW + dk
}

// widestWhere is the position width the topics and positions of recs
// (notes left out) need whole, with ats the room kept for positions.
func widestWhere(recs []model.Record, ats logAts) int {
	most := 0
	for i := range recs {
		if recs[i].Note == "" {
			most = max(most, whereWidth(&recs[i], ats))
		}
	}
	return most
}

// followColumns are the columns of a following frame: the held widths
// (noteFollow), the keys and topics wider than theirs cut where they
// differ within them; ok is false while none are held for this layout.
func (p *LogPane) followColumns(recs []model.Record, cells []logCell, ats logAts) (c logCols, ok bool) {
	fc := &p.steady
	if !p.followHeld() || !fc.set || fc.key != p.memoKey() {
		return logCols{}, false
	}
	c = logCols{ats: ats, whereW: fc.whereW, keyW: fc.keyW}
	c.keyW, c.keyCut = keyApart(p.recent.with(p.recentKey(), cells, fc.keyW), fc.keyW, fc.keyW)
	c.whereW, c.whereShift = whereCut(p.apart.whereItems(recs, ats), recs, ats, fc.whereW, fc.whereW)
	return c, true
}

// followHeld reports whether the frame's columns are the held ones: the
// Log follows its tail, or was paused and still shows the page it
// followed (space freezes the screen: nothing moves until the page
// does), and its rows fill the page, so rows scroll by; a Log of a few
// rows lays them out for themselves.
func (p *LogPane) followHeld() bool {
	still := p.follow || p.top == p.steady.pausedTop
	return still && p.hist == nil && len(p.frame.recs) >= p.page()
}
