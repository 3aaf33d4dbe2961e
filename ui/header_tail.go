package ui

import (
	"time"

	"github.com/washboard/washboard/model"
)

// caughtUpFor is how long the header says "caught up" after a catch-up.
const caughtUpFor = 5 * time.Second

// tailPart is the header's word on the tail: while it catches up, a
// progress bar with the records behind and the time left at the current
// pace; "caught up" for a few seconds after; nothing otherwise.
// produced is the cluster's produce rate (from watermarks), folded the
// rate at which records are shown.
func (a *App) tailPart(ts model.TailStat, produced, folded float64, now time.Time) (headerPart, bool) {
	st := a.c.Styles
	switch {
	case ts.CatchUp > 0:
		bar := progressBar(int(ts.CatchUp-ts.Behind), int(ts.CatchUp), 10)
		text := "catching up " + bar + " " + count(ts.Behind) + " behind"
		if gain := folded - produced; gain > 0 {
			text += " · " + etaText(time.Duration(float64(ts.Behind)/gain*float64(time.Second))) + " left"
		}
		return headerPart{text: st.Warn.Render(text), short: st.Warn.Render(bar + " " + count(ts.Behind)), shortAt: 8, dropAt: 4}, true
	case !ts.CaughtUpAt.IsZero() && now.Sub(ts.CaughtUpAt) < caughtUpFor:
		return headerPart{text: st.OK.Render("caught up"), dropAt: 4}, true
	}
	return headerPart{}, false
}

// producedRate is the watched partitions' produce rate, from their high
// watermarks (the poller's), not from what the tail happens to fold.
func producedRate(parts []model.PartitionStat) float64 {
	var r float64
	for _, p := range parts {
		r += p.Rate
	}
	return r
}
