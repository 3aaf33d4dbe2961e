package ui

import (
	"fmt"
	"testing"
)

// The `?` screen of every pane at 80x24 and 200x50 (ut34a-3, ut34b-2):
// pane numbers side by side, help's own keys (esc/? close help, no
// "? all keys"), Topics' u, and no note saying a key again.
func TestGoldenHelpEveryPane(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {200, 50}} {
		for pane := 1; pane <= paneCount; pane++ {
			name := fmt.Sprintf("help-%d-%dx%d", pane, size[0], size[1])
			t.Run(name, func(t *testing.T) {
				a := testApp(t, size[0], size[1])
				keys := []string{fmt.Sprint(pane), "?"}
				if pane == paneProduce+1 {
					keys = []string{fmt.Sprint(pane), "esc", "?"} // the form has the keyboard until esc
				}
				press(a, keys...)
				got := screen(a)
				assertFits(t, got, size[0], size[1])
				golden(t, name, got)
			})
		}
	}
}
