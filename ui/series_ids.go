package ui

// apartWidth is the fewest cells, from 12 (or the longest id when
// shorter) up to keyW, in which the different ids on screen read
// differently (idsApart). It is held for the session (seriesWidest), so
// the columns do not come and go as rows scroll by, a sort by a value
// reorders them or the filter narrows (ut34a-25).
func (p *SeriesPane) apartWidth(shown []machineRow, keyW int) int {
	if keyW <= minCutID {
		return keyW
	}
	w, _, _ := idsApart(shown, minCutID, keyW)
	p.idApart = max(p.idApart, w)
	return min(p.idApart, keyW)
}

// staleShort is last seen's short form's width: `stale` without its age,
// or an age (`59s`, `now`) and the heading `seen▼`.
const staleShort = 5

// minCutID is the fewest cells an id is cut to (machineLayout).
const minCutID = 12

// apartLayout is machineLayout, with the program and then last seen
// giving way where the layout would cut the ids narrower than apart, the
// width in which the ids on screen read differently: rows whose ids all
// read `settlem…ion-key` cannot be told apart, so the id is worth more
// than the columns beside it (ut21a K6-1: five keys read alike in the
// 80x24 grid). Where last seen has to go, the program comes back, cut
// to the cells it leaves, before those stand blank (ut36a-14: once
// machines went stale last seen needed its 9 cells, and program and
// seen both went beside 10 blank ones). The detail view (enter) shows
// what gave way.
func apartLayout(w, keyW int, want machineWant, maxSpark, apart int) machineCols {
	c := machineLayout(w, keyW, want, maxSpark)
	if (c.status == 0 && want.status > 0 || c.seen == 0) && want.seen > staleShort {
		// last seen in its short form before it or the program goes: with
		// the markers' room held, `stale 59s`'s 9 cells took the program
		// away beside `now` and 6 blank cells, or last seen itself beside 7
		short := want
		short.seen, short.seenLeast = staleShort, 0
		if s := machineLayout(w, keyW, short, maxSpark); s.status >= c.status && s.seen > c.seen-boolInt(c.status == 0) && s.fields == c.fields && s.sparks == c.sparks {
			c = s
		}
	}
	if c.key >= min(apart, keyW) {
		return c
	}
	noStatus := want
	noStatus.status, noStatus.statusWhole, noStatus.statusAll = 0, 0, 0
	noSeen := want
	noSeen.seen, noSeen.seenLeast = 0, 0
	neither := noStatus
	neither.seen, neither.seenLeast = 0, 0
	// Last seen in its short form, `stale` without its age, before it goes
	// whole: where it goes a machine silent for minutes reads like a live
	// one in the grid (ut38a-17: after a `!!101.1°C` the 80x24 grid lost
	// it for the session), which the program is not worth.
	shortSeen := noStatus
	shortSeen.seen, shortSeen.seenLeast = min(want.seen, staleShort), 0
	for _, lw := range []machineWant{noStatus, shortSeen, noSeen, neither} {
		if lean := machineLayout(w, keyW, lw, maxSpark); lean.key >= apart {
			return lean
		}
	}
	return c
}
