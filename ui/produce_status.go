package ui

import "github.com/washboard/washboard/ui/draw"

// StatusParts is the form's mode in the border, in parts: in a read-only
// session `read-only` is never cut nor dropped, and while the form is
// edited `editing, nothing is sent` gives way to `editing`, then goes, so
// a narrow box (the 80x24 grid's 27 cells) says `read-only` whole (ut22b
// N15: `read-only…`). A burst's count and the other modes are one part
// each, clipped where too narrow
// as a one-part status is (statusParts).
func (p *ProducePane) StatusParts() []draw.Part {
	parts := p.modeParts()
	if p.autoZoomed {
		parts = append(parts, p.zoomPart())
	}
	return parts
}

// zoomPart says the pane took the screen by itself, to show what is said
// under the form whole, and the key that gives the grid back: esc while
// editing (the zoom holds until editing ends), else any key (ut43a-11: the
// layout changed after a send with nothing saying why or how to go back).
func (p *ProducePane) zoomPart() draw.Part {
	if p.editing {
		return draw.Part{Text: "zoomed to show what is under the form · esc returns", Short: "zoomed · esc returns", Rank: draw.RankCount}
	}
	return draw.Part{Text: "zoomed to show the outcome · any key returns", Short: "zoomed · any key returns", Rank: draw.RankCount}
}

// modeParts is the form's mode: read-only, a burst, sending or editing.
func (p *ProducePane) modeParts() []draw.Part {
	switch {
	case p.noSend() && p.editing:
		return []draw.Part{
			{Text: "read-only", Rank: draw.RankKeep},
			{Text: "editing, nothing is sent", Short: "editing", Rank: draw.RankCount},
		}
	case p.noSend():
		return []draw.Part{{Text: "read-only", Rank: draw.RankKeep}}
	case p.burst != nil:
		return []draw.Part{{Text: "burst " + count(p.burst.sent) + "/" + count(p.burst.total), Rank: draw.RankFilter}}
	case p.sending:
		return []draw.Part{{Text: "sending…", Rank: draw.RankFilter}}
	case p.editing:
		return []draw.Part{{Text: "editing", Rank: draw.RankFilter}}
	}
	return nil
}

// Status is the form's mode as the border says it with room.
func (p *ProducePane) Status() string { return draw.JoinParts(p.StatusParts()) }
