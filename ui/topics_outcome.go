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
}

// fitOutcome judges an outcome said since the last judgement (it runs
// after every Update of the pane): it takes the screen when the box cannot
// show it whole above the heading and a row, and keeps the screen the
// pane already has (a prompt that zoomed: its answer comes in the same
// place, not in a grid box it does not fit).
func (p *TopicsPane) fitOutcome() {
	if p.notice == p.outcome.said {
		return
	}
	p.outcome.said = p.notice
	p.outcome.zoom = p.notice != "" && p.prompt == nil && (p.zoomed || !p.outcomeFits())
}

// outcomeFits reports whether the outcome, wrapped whole, leaves the box
// room for the cluster's line, the heading and a row of the list (or the
// open topic's title and a row).
func (p *TopicsPane) outcomeFits() bool {
	above := 0
	if p.detail == nil {
		above = p.clusterHeight(&p.snap.cluster)
	}
	return above+len(p.outcomeRows())+2 <= p.h
}

// outcomeRows is the outcome wrapped whole, unstyled, "!! " before a
// refusal.
func (p *TopicsPane) outcomeRows() []string {
	text := model.PrintableString(p.notice)
	if p.noticeBad {
		text = "!! " + text
	}
	return draw.Wrap(text, max(p.w, 1))
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
func (p *TopicsPane) dismissZoom() { p.outcome = outcomeFit{} }
