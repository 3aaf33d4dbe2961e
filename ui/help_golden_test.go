package ui

import (
	"fmt"
	"testing"
)

// The `?` screen of every pane at 80x24 and 200x50 (ut34a-3, ut34b-2),
// on the demo and on a cluster without the views' topics (s20-help): pane
// numbers of the panes shown, help's own keys (esc/? close help, no "?
// all keys"), Topics' u, no note saying a key again, and whole at 80x24.
func TestGoldenHelpEveryPane(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {200, 50}} {
		for _, cluster := range []string{"demo", "foreign"} {
			for pane := 1; pane <= paneCount; pane++ {
				if cluster == "foreign" && pane <= paneStatus2+1 {
					continue // panes 1-3 are not on that console's screen
				}
				name := fmt.Sprintf("help-%d-%dx%d", pane, size[0], size[1])
				if cluster == "foreign" {
					name = "help-foreign-" + name[len("help-"):]
				}
				t.Run(name, func(t *testing.T) {
					got := screen(helpApp(t, cluster, pane, size[0], size[1]))
					assertFits(t, got, size[0], size[1])
					golden(t, name, got)
				})
			}
		}
	}
}
