package ui

import (
	"slices"
	"strings"

	"github.com/washboard/washboard/ui/draw"
)

// clusterIDLeast is the fewest cells a cluster's id is cut to before the
// line is clipped at its end.
const clusterIDLeast = 8

// fitClusterParts gives parts (clusterParts: the cluster's id first, its
// release, brokers, controller, then b's hint last) their short forms, in
// place, until the line fits w cells: the release's `at least ` as `≥`,
// `controller 2` as `ctrl 2`, then the id cut in its middle, so a line
// that cannot wrap keeps every part rather than lose its last ones to a
// clip (ut33 Q3: `… · 3 brokers · controller 2 ·…` at 80x24, b's hint
// gone). Where that is not enough b's hint goes (the footer and help
// list b), then the id, before anything is clipped (ut34a-12: `cluster
// was…dded · Kafka ≥v3.9 · 1 br…` in the grid's 38 cells). It returns the
// indexes of the parts kept.
func fitClusterParts(parts []string, w int) []int {
	kept := make([]int, len(parts))
	for i := range kept {
		kept[i] = i
	}
	width := func() int {
		n := 0
		for j, i := range kept {
			n += draw.Width(parts[i]) + 3*min(j, 1)
		}
		return n
	}
	shorts := []func(string) string{
		func(s string) string {
			if strings.HasPrefix(s, "Kafka ") {
				return strings.ReplaceAll(s, "at least ", "≥")
			}
			return s
		},
		func(s string) string {
			if n, ok := strings.CutPrefix(s, "controller "); ok {
				return "ctrl " + n
			}
			return s
		},
	}
	for _, short := range shorts {
		if width() <= w {
			return kept
		}
		for i := range parts {
			parts[i] = short(parts[i])
		}
	}
	id, ok := strings.CutPrefix(parts[0], "cluster ")
	if over := width() - w; over <= 0 || !ok {
		return kept
	} else if keep := max(draw.Width(id)-over, clusterIDLeast); keep < draw.Width(id) {
		parts[0] = "cluster " + strings.TrimRight(draw.FitMiddle(id, keep), " ")
	}
	for _, drop := range []int{len(parts) - 1, 0} { // b's hint, then the id
		if width() > w && len(kept) > 2 {
			kept = slices.DeleteFunc(kept, func(i int) bool { return i == drop })
		}
	}
	return kept
}

// isBrokersHint reports whether row is the topics view's `b brokers`
// alone: it goes on a line the other parts take, never on a row of its
// own (ut34a-12: alone under the zoomed line; the footer and help list
// b). The brokers view's `b topics`, its way back, keeps its row
// (ut22b N11).
func isBrokersHint(parts []string, row []int) bool {
	return len(row) == 1 && row[0] == len(parts)-1 && parts[row[0]] == "b brokers"
}
