package ui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// ut38a-7: the 80x24 footer read `… • ↑/k up • ↓/j down … • ? all keys •
// q quit` with 4 cells blank: the ` …` that marked hints left out read as
// a hint cut. Hints are said whole or not at all, with nothing after the
// last one said, whichever pane has the focus and at every width.
func TestFooterSaysWholeHintsOnly(t *testing.T) {
	for _, w := range []int{60, 80, 100, 200} {
		for pane := range paneCount {
			a := testApp(t, w, 24)
			a.Update(keyPress(string(rune('1' + pane))))
			if a.panes[a.focus].Capturing() {
				a.Update(keyPress("esc"))
			}
			lines := strings.Split(ansi.Strip(screen(a)), "\n")
			footer := strings.TrimRight(lines[len(lines)-1], " ")
			if strings.Contains(footer, "…") {
				t.Errorf("%d cols, pane %d: footer %q marks or cuts a hint", w, pane+1, footer)
			}
		}
	}
}
