package ui

import (
	"strings"

	"github.com/charmbracelet/x/ansi"

	"github.com/washboard/washboard/ui/draw"
)

// heldPosition is a scroll position ("1-19/36") in its widest form for
// that total ("36-36/36"): the room a box's title leaves for it, so the
// title's cut does not move a cell as the position scrolls (ut28a U9: a
// topic detail's title read `…adjustment…ream-from-…` at `1-19/36` and
// `…-adjustmen…` at `18-36/36`). Anything else is itself.
func heldPosition(pos string) string {
	i := strings.LastIndex(pos, "/")
	if i < 0 || !strings.Contains(pos[:i], "-") {
		return pos
	}
	total := pos[i+1:]
	return total + "-" + total + "/" + total
}

// fitTopHeld fits a box's title and status (fitTop) with the title and
// the status's other parts cut as if the position part were in its
// widest form (heldPosition), which then says the position as it is: a
// filter's word in the border is cut one way as the position scrolls
// (ut31 Y13: `filter set… · 1-2/20`, `filter s… · 19-20/20`), the
// cells a shorter position leaves going to the border's line.
func fitTopHeld(title string, parts []draw.Part, w int) (string, string) {
	held, changed := make([]draw.Part, len(parts)), false
	var real, widest string
	for i, p := range parts {
		if p.Rank == draw.RankKeep && heldPosition(p.Text) != p.Text {
			real, widest = p.Text, heldPosition(p.Text)
			p.Text, changed = widest, true
		}
		held[i] = p
	}
	if !changed {
		return fitTop(title, parts, w)
	}
	t, hs := fitTop(title, held, w)
	if at := strings.LastIndex(hs, widest); at >= 0 {
		return t, hs[:at] + real + hs[at+len(widest):]
	}
	return t, draw.FitStatus(parts, max(ansi.StringWidth(hs), draw.KeepWidth(parts)))
}
