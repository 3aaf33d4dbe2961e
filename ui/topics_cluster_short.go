package ui

import (
	"strings"

	"github.com/charmbracelet/x/ansi"

	"github.com/washboard/washboard/ui/draw"
)

// clusterIDLeast is the fewest cells a cluster's id is cut to before the
// line is clipped at its end.
const clusterIDLeast = 8

// shortenClusterParts gives parts (clusterParts: the cluster's id first,
// its release, brokers, controller, then b's hint) their short forms, in
// place, until the line fits w cells: the release's `at least ` as `≥`,
// `controller 2` as `ctrl 2`, then the id cut in its middle, so a line
// that cannot wrap keeps every part rather than lose its last ones to a
// clip (ut33 Q3: `… · 3 brokers · controller 2 ·…` at 80x24, b's hint
// gone).
func shortenClusterParts(parts []string, w int) {
	width := func() int { return ansi.StringWidth(strings.Join(parts, " · ")) }
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
			return
		}
		for i := range parts {
			parts[i] = short(parts[i])
		}
	}
	over := width() - w
	id, ok := strings.CutPrefix(parts[0], "cluster ")
	if over <= 0 || !ok {
		return
	}
	if keep := max(ansi.StringWidth(id)-over, clusterIDLeast); keep < ansi.StringWidth(id) {
		parts[0] = "cluster " + strings.TrimRight(draw.FitMiddle(id, keep), " ")
	}
}
