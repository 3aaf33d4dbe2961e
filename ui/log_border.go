package ui

import (
	"strings"

	"github.com/charmbracelet/x/ansi"

	"github.com/washboard/washboard/ui/draw"
)

// busiestHint says which topics the tail reads on a cluster without the
// views' topics, in at most room cells: whole when it fits, else its
// start kept and the topic list cut in the middle (both ends of the list
// stay), else in fewer words, else nothing. It never changes while the
// tail reads the same topics, so it gives way to the Log's counts (a
// user test of issue 14, A6). room is what the border's top edge leaves
// after the title, the counts and a separator: the pane's width less the
// corners, the dashes and spaces around the title and the status
// (draw.Box's topEdge), and the "N " before the title.
func busiestHint(topics string, room int) string {
	for _, lead := range []string{"reads the busiest: ", "reads: "} {
		if whole := lead + topics; ansi.StringWidth(whole) <= room {
			return whole
		}
		if left := room - ansi.StringWidth(lead); left >= 8 {
			return lead + strings.TrimRight(draw.FitMiddle(topics, left), " ")
		}
	}
	return ""
}
