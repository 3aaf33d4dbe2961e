package ui

import (
	"slices"
	"strings"

	"github.com/washboard/washboard/model"
	"github.com/washboard/washboard/ui/draw"
)

// border is the Log's title and counts: the title in the longest of its
// forms (`Log · hex · +aborted`, `Log · hex +aborted`, `Log +aborted`,
// then `Log` alone, the rows
// still marked `aborted`) that leaves the counts room to keep held
// (counts: their own shorter forms come first), so `a` never costs the
// border its held count (ut20 G5: `6 Log · +aborted ─ 280/336 match ·
// paused +30` at 80x24).
func (p *LogPane) border() (title, counts string) {
	name, format := p.Name(), p.formatTitle()
	titles := []string{name + format, name} // the format gives way too: the rows show it (ut26 S1)
	if at := p.abortedTitle(); at != "" {
		titles = []string{name + format + at, name + format + " +aborted", name + " +aborted", name}
	}
	for _, t := range titles {
		if s, ok := p.counts(p.w - 8 - draw.Width(t)); ok { // the border's corners, dashes and spaces
			return t, s
		}
	}
	// none leaves the counts all their room: the shortest title, so they
	// keep what they can (ut26 S1: `paused +3,000` cut to `pa…` beside
	// a whole `· hex · +aborted`)
	last := titles[len(titles)-1]
	s, _ := p.counts(p.w - 8 - draw.Width(last))
	return last, s
}

// busiestHint says which topics the tail reads on a cluster without the
// views' topics, in at most room cells: "reads the busiest: " and the
// names whole, as many as fit, the last ones giving way to "+N more"
// (the first name stays) before any name loses a cell (ut42b-22:
// `inventor…snapshots` saved one cell over the whole name, and pausing,
// which narrows the room, re-cut every name); where not even the first
// fits whole, the names cut keeping where they differ (borderCut:
// `acme.…eu-west-1.v2` and `acme.…us-east-1.v2`, not `…est-1.v2` and
// `…east-1.v2`), each to no fewer than hintNameMin cells; where they do
// not fit so, the lead says "reads: ", else the hint is left out (a user
// test of issue 14, F18: stubs like `aud…2026` told nothing, and `+2` was
// not among the forms the README gives). It never changes while the tail
// reads the same topics, so it gives way to the Log's counts (A6). room
// is what the border's top edge leaves after the title, the counts and a
// separator: the pane's width less the corners, the dashes and spaces
// around the title and the status (draw.Box's topEdge), and the "N "
// before the title.
//
// idle says none of them is produced to: the lead is then `reads: `
// alone, as no topic is busy (ut35-9: `reads the busiest` on a cluster
// where every topic read 0.0/s).
func busiestHint(topics []string, room int, idle bool) string {
	leads := []string{"reads the busiest: ", "reads: "}
	if idle {
		leads = leads[1:]
	}
	for _, cut := range []bool{false, true} {
		for n := len(topics); n >= 1; n-- { // as many names as fit, each cut on its own (ut16a D2: one cut across two read as one name)
			for _, lead := range leads {
				if list := cutNames(topics[:n], room-draw.Width(lead), len(topics)-n, cut, topics); list != "" {
					return lead + list
				}
			}
		}
	}
	return ""
}

// hintNameMin is the fewest cells a topic of the Log's border keeps when
// cut: as many as the tables keep of a name (Partitions', Groups'), so a
// cut name still reads as which topic it is.
const hintNameMin = 16

// cutNames joins names with ", " in at most w cells, "+N more" for the
// ones left out; with cut, names that do not fit whole are cut to an
// equal share (never below hintNameMin cells) keeping where they differ
// from all (borderCut); "" when they do not fit.
func cutNames(names []string, w, more int, cut bool, all []string) string {
	tail := ""
	if more > 0 {
		tail = ", +" + itoa(more) + " more"
	}
	join := func(ns []string) string { return strings.Join(ns, ", ") + tail }
	if s := join(names); draw.Width(s) <= w {
		return s
	}
	if !cut {
		return ""
	}
	// Short names keep their width; the long ones share what is left.
	need := make([]int, len(names))
	for i, n := range names {
		need[i] = draw.Width(n)
	}
	widths := draw.Share(need, w-draw.Width(tail)-2*(len(names)-1))
	out := make([]string, len(names))
	for i, n := range names {
		if widths[i] < need[i] && widths[i] < hintNameMin {
			return ""
		}
		out[i] = strings.TrimRight(borderCut(n, all, widths[i]), " ")
	}
	if s := join(out); draw.Width(s) <= w {
		return s
	}
	return ""
}

// printableAll is each name made safe to draw (model.PrintableString).
func printableAll(names []string) []string {
	out := make([]string, len(names))
	for i, n := range names {
		out[i] = model.PrintableString(n)
	}
	return out
}

// autoIdle reports whether no topic of auto (the busiest the tail reads)
// is produced to, by the poll's rates in st.
func autoIdle(st *model.State, auto []string) bool {
	for _, t := range st.TopicStats {
		if t.Rate > 0 && slices.Contains(auto, t.Name) {
			return false
		}
	}
	return true
}
