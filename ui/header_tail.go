package ui

import (
	"time"

	"github.com/washboard/washboard/model"
)

// caughtUpFor is how long the header says "caught up" after a catch-up.
const caughtUpFor = 5 * time.Second

// tailFrame is the tail's catch-up as the header draws it, copied under
// the frame's lock.
type tailFrame struct {
	behind, catchUp int64
	drain           float64 // records/s the catch-up drains (model.TailStat.Drain)
	caughtUpAt      time.Time
}

func snapTail(ts model.TailStat) tailFrame {
	return tailFrame{behind: ts.Behind, catchUp: ts.CatchUp, drain: ts.Drain, caughtUpAt: ts.CaughtUpAt}
}

// tailPart is the header's word on the tail: while it catches up, a
// progress bar with the records behind and the time left at the current
// pace (catchUpText); "caught up" for a few seconds after; nothing
// otherwise.
func (a *App) tailPart(ts tailFrame, now time.Time) (headerPart, bool) {
	st := a.c.Styles
	switch {
	case ts.catchUp > 0:
		bar := progressBar(int(ts.catchUp-ts.behind), int(ts.catchUp), 10)
		text := "catching up " + bar + " " + catchUpText(ts.behind, ts.drain)
		// The number with its word, and the time left, say more than the
		// bar; the number with its word is said last.
		// Held as wide as the catch-up's start and a two-digit time left,
		// so the bar does not come and go as the count falls.
		room := max(len(count(ts.catchUp))-len(count(ts.behind)), 0)
		eta := room
		if left := model.CatchUpLeft(ts.behind, ts.drain); left > 0 {
			eta += textRoom(etaText(left), etaCellsHeld)
		} else {
			eta += len(" · ") + etaCellsHeld + len(" left")
		}
		return headerPart{text: st.Warn.Render(text), short: st.Warn.Render(catchUpText(ts.behind, ts.drain)), shortAt: cutRate, dropAt: cutCatchUp,
			least: st.Warn.Render(count(ts.behind) + " behind"), room: eta, shortRoom: eta, leastRoom: room}, true
	case ts.justCaughtUp(now):
		return headerPart{text: st.OK.Render("caught up"), dropAt: cutCatchUp}, true
	}
	return headerPart{}, false
}

// catchUpText is the records behind and, once the catch-up's pace is
// measured and it drains, the time left at that pace.
func catchUpText(behind int64, drain float64) string {
	text := count(behind) + " behind"
	if left := model.CatchUpLeft(behind, drain); left > 0 {
		text += " · " + etaText(left) + " left"
	}
	return text
}

// justCaughtUp reports whether the header says "caught up" at now: the
// fold rate, still high from the catch-up for a few seconds, must not
// also say "catching up".
func (ts tailFrame) justCaughtUp(now time.Time) bool {
	return !ts.caughtUpAt.IsZero() && now.Sub(ts.caughtUpAt) < caughtUpFor
}
