package ui

import (
	"strings"

	"github.com/washboard/washboard/ui/draw"
)

// heldPosition is a scroll position ("1-19/36", or one row "2/36") in its widest form for
// that total and page ("36-36/36", a page of one row "36/36": ut43a-4,
// the 80x24 grid's Students dropped `40 keys` and cut a filter to `/L…`
// for a `40-40/40` it never shows): the room a box's title leaves for it, so the
// title's cut does not move a cell as the position scrolls (ut28a U9: a
// topic detail's title read `…adjustment…ream-from-…` at `1-19/36` and
// `…-adjustmen…` at `18-36/36`). Anything else is itself.
func heldPosition(pos string) string {
	i := strings.LastIndex(pos, "/")
	if i < 1 || strings.Trim(pos[:i], "0123456789-") != "" || strings.Trim(pos[i+1:], "0123456789,") != "" {
		return pos // not a position (a filter's `/pay`, `1 of 6`): itself
	}
	total := pos[i+1:]
	if !strings.Contains(pos[:i], "-") { // a page of one row (rowsShown): it never reads as a range
		return total + "/" + total
	}
	return total + "-" + total + "/" + total
}

// fitTopHeld fits a box's title and status (fitTop) with the title and
// the status's other parts cut as if the position part were in its
// widest form (heldPosition), and any part with a Widest form in that
// form, which then says what it says now: a filter's word in the border
// is cut one way as the position scrolls (ut31 Y13: `filter set… ·
// 1-2/20`, `filter s… · 19-20/20`), and the counts show or go one way
// as `s` cycles the sort (ut32a Za10: `14 keys` there for `sort load`,
// gone for `sort power`); the cells a shorter form leaves go to the
// border's line.
func fitTopHeld(title string, parts []draw.Part, w int) (string, string) {
	held := make([]draw.Part, len(parts))
	var real, widest []string
	var keep []bool
	for i, p := range parts {
		wide := p.Widest
		if p.Rank == draw.RankKeep && heldPosition(p.Text) != p.Text {
			wide = heldPosition(p.Text)
		}
		if wide != "" && wide != p.Text {
			real, widest, keep = append(real, p.Text), append(widest, wide), append(keep, p.Rank == draw.RankKeep)
			p.Text = wide
		}
		held[i] = p
	}
	if len(real) == 0 {
		return fitTop(title, parts, w)
	}
	t, hs := fitTop(title, held, w)
	var out strings.Builder
	from := 0
	for i := range real {
		at := strings.Index(hs[from:], widest[i])
		if at < 0 && keep[i] { // the position itself clipped: fitted as it is
			return t, draw.FitStatus(parts, max(draw.Width(hs), draw.KeepWidth(parts)))
		}
		if at < 0 { // the part went
			continue
		}
		out.WriteString(hs[from:from+at] + real[i])
		from += at + len(widest[i])
	}
	return t, out.String() + hs[from:]
}
