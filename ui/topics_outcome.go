package ui

import (
	"github.com/washboard/washboard/model"
	"github.com/washboard/washboard/ui/draw"
)

// outcomeFit is whether the Topics outcome shown (a w/u/v answer or
// refusal) needs the screen: one too long for the box, with the list's
// heading and a row under it, has the screen until the next key, as an
// action's or n's does (ut21a K9-1: in the 80x24 grid's three rows only
// "reading" and part of the name showed, the list was gone, and the
// next key took it away unread).
type outcomeFit struct {
	said string // the outcome last judged, so each is judged once
	zoom bool   // it has the screen (flowOpen) until the next key
	// boxW, boxH is the pane's box in the grid, noted while it is not
	// zoomed: an outcome answering a prompt that zoomed is judged against
	// the box it would go back to, not the screen.
	boxW, boxH int
}

// fitOutcome judges an outcome said since the last judgement (it runs
// after every Update of the pane): it takes the screen when the box cannot
// show it whole above the heading and a row (judged against the grid's
// box even while a prompt has zoomed the pane: its answer keeps the
// screen only when the box it goes back to cannot show it).
func (p *TopicsPane) fitOutcome() {
	if p.notice == p.outcome.said {
		return
	}
	p.outcome.said = p.notice
	p.outcome.zoom = p.notice != "" && p.prompt == nil && !p.outcomeFits()
}

// outcomeFits reports whether the outcome, wrapped whole, leaves the
// pane's grid box room for the cluster's line, the heading and a row of
// the list (or the open topic's title and a row).
func (p *TopicsPane) outcomeFits() bool {
	w, h := p.w, p.h
	if p.zoomed && p.outcome.boxH > 0 {
		w, h = p.outcome.boxW, p.outcome.boxH
	}
	above := 0
	if p.detail == nil {
		above = p.clusterHeight(&p.snap.cluster)
	}
	return above+len(p.outcomeRows(w))+2 <= h
}

// outcomeRows is the outcome wrapped whole in w cells, unstyled, "!! "
// before a refusal.
func (p *TopicsPane) outcomeRows(w int) []string {
	text := model.PrintableString(p.notice)
	if p.noticeBad {
		text = "!! " + text
	}
	return draw.Wrap(text, max(w, 1))
}

// outcomeRoom is how many rows the outcome may take: all it needs when
// it fits the box, else (it has the screen) what leaves the heading and
// a row; only an outcome longer than the whole screen is cut.
func (p *TopicsPane) outcomeRoom() int {
	above := 0
	if p.detail == nil {
		above = p.clusterHeight(&p.snap.cluster)
	}
	return max(p.h-above-2, 1)
}

// dismissZoom gives the screen back at any key (App.key): an outcome is
// read once. The next outcome is judged afresh, even one in the same
// words (u twice).
func (p *TopicsPane) dismissZoom() {
	p.outcome.said, p.outcome.zoom = "", false
}

// setZoomed is told by the App whether the pane has the screen (after its
// size): the grid's box is noted while it has not.
func (p *TopicsPane) setZoomed(z bool) {
	p.zoomed = z
	if !z {
		p.outcome.boxW, p.outcome.boxH = p.w, p.h
	}
}
