package ui

import (
	"strings"

	"github.com/washboard/washboard/ui/draw"
)

// crumb joins a pane's name to what it has open ("Topics › orders").
const crumb = " › "

// leastTitleName is the fewest cells a title's name is cut to before the
// title is cut at its end instead.
const leastTitleName = 8

// fitTitle fits a box's title ("8 Topics › NAME", "1 VIEW-TITLE") into w
// cells. The name is what the title is read for, so the pane's name gives
// way first ("8 › NAME"), then the name is cut in the middle, keeping its
// end, which tells one topic from the next (ut18b G16:
// `8 Topics › idle.audit-trail.archive-for-compliance-retention-203…`).
func fitTitle(title string, w int) string {
	if draw.Width(title) <= w {
		return title
	}
	num, rest, ok := strings.Cut(title, " ")
	if !ok {
		return draw.Clip(title, w)
	}
	lead, name := num+" ", rest
	if _, after, ok := strings.Cut(rest, crumb); ok {
		lead, name = num+crumb, after
	}
	if draw.Width(lead+name) <= w {
		return lead + name
	}
	room := w - draw.Width(lead)
	if room < leastTitleName {
		return draw.Clip(title, w)
	}
	return lead + strings.TrimRight(draw.FitMiddle(name, room), " ")
}
