package ui

import (
	"strings"
	"testing"
)

// ut38a-7: the 80x24 footer read `… • ↑/k up • ↓/j down … • ? all keys •
// q quit` with 4 cells blank: the ` …` that marked hints left out read as
// a hint cut. Hints are said whole or not at all, with nothing after the
// last one said, whichever pane has the focus and at every width.
func TestFooterSaysWholeHintsOnly(t *testing.T) {
	for _, w := range []int{60, 80, 100, 200} {
		for pane := range paneCount {
			footer := paneFooter(t, w, pane)
			if strings.Contains(footer, "…") {
				t.Errorf("%d cols, pane %d: footer %q marks or cuts a hint", w, pane+1, footer)
			}
		}
	}
}
