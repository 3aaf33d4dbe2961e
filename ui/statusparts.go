package ui

import (
	"strings"

	"github.com/washboard/washboard/ui/draw"
)

// partsStatus is a pane whose border status comes in parts that matter
// more or less (draw.Rank): when the border is narrow the least important
// go first and the position is never cut. A pane with only Status is one
// part, clipped from its end as a filter is (draw.RankFilter), never
// dropped whole.
type partsStatus interface {
	StatusParts() []draw.Part
}

// statusParts is pane p's border status as parts.
func statusParts(p Pane) []draw.Part {
	if s, ok := p.(partsStatus); ok {
		return s.StatusParts()
	}
	return []draw.Part{{Text: p.Status(), Rank: draw.RankFilter}}
}

// filterParts is a list's status parts with the filter first (RankFilter),
// said `/orders` where `filter orders` does not fit, before its text is
// cut (ut32b Y13: the 80x24 Partitions border read `filter l…` where
// `/laundry` fit whole).
func filterParts(f *filter, parts ...draw.Part) []draw.Part {
	if n := f.note(); n != "" {
		short := "/" + strings.TrimPrefix(n, "filter ")
		return append([]draw.Part{{Text: n, Short: short, Rank: draw.RankFilter, Least: leastFilter}}, parts...)
	}
	return parts
}

// leastFilter is the fewest cells a filter is clipped to in a border
// before it goes: `/L…` still says the rows are filtered.
const leastFilter = 3

// fitTop fits a box's title and status parts into the top edge of a box w
// cells wide (draw.Box): the status takes what the title leaves, or at
// least a few cells, or what its never-dropped parts need (the title then
// gives way); within that the least important parts go first.
func fitTop(title string, parts []draw.Part, w int) (string, string) {
	// draw.Box's top edge: "╭─ title ─…─ status ╮" with at least one dash
	// between them: 8 cells beside the title's and the status's.
	const frame, leastStatus = 8, 10
	tw := draw.Width(title)
	room := w - frame - tw
	want := min(draw.Width(draw.JoinParts(parts)), leastStatus)
	soft := min(draw.TitleYieldsSoft(parts), w-frame-min(tw, leastYieldTitle)) // a view's count before the title's end (ut43a-4)
	room = min(max(room, want, soft, draw.TitleYieldsTo(parts)), w-frame-1)    // the title keeps "…" at least
	if room < 1 {
		return title, draw.JoinParts(parts) // too small to fit: the box clips both
	}
	status := draw.FitStatus(parts, room)
	if left := w - frame - draw.Width(status); tw > left { // the title gives back what the status left
		title = fitTitle(title, left)
	}
	return title, status
}

// leastYieldTitle is the fewest cells a box's title is cut to for the
// parts it yields to when they are short (draw.Part.Yield): its number
// and a few letters, `3 Stu…`.
const leastYieldTitle = 6

// sortPart is the sort order's part of a status ("sort name"), which goes
// before the counts and the position do.
func sortPart(name string) draw.Part {
	return draw.Part{Text: "sort " + name, Rank: draw.RankSort}
}
