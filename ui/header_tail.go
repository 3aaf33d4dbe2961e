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
	caughtUpAt      time.Time
}

func snapTail(ts model.TailStat) tailFrame {
	return tailFrame{behind: ts.Behind, catchUp: ts.CatchUp, caughtUpAt: ts.CaughtUpAt}
}

// tailPart is the header's word on the tail: while it catches up, a
// progress bar with the records behind and the time left at the current
// pace; "caught up" for a few seconds after; nothing otherwise.
// produced is the cluster's produce rate (from watermarks), folded the
// rate at which records are shown.
func (a *App) tailPart(ts tailFrame, produced, folded float64, now time.Time) (headerPart, bool) {
	st := a.c.Styles
	switch {
	case ts.catchUp > 0:
		bar := progressBar(int(ts.catchUp-ts.behind), int(ts.catchUp), 10)
		text := "catching up " + bar + " " + count(ts.behind) + " behind"
		if gain := folded - produced; gain > 0 {
			text += " · " + etaText(time.Duration(float64(ts.behind)/gain*float64(time.Second))) + " left"
		}
		return headerPart{text: st.Warn.Render(text), short: st.Warn.Render(count(ts.behind) + " behind"), shortAt: 8, dropAt: 4}, true // the number with its word says more than the bar
	case !ts.caughtUpAt.IsZero() && now.Sub(ts.caughtUpAt) < caughtUpFor:
		return headerPart{text: st.OK.Render("caught up"), dropAt: 4}, true
	}
	return headerPart{}, false
}
