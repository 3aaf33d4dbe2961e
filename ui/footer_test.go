package ui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// The footer's last two hints (all keys, quit) are the last to go: on a
// narrow screen the pane's own keys give way first, whichever pane.
func TestFooterKeepsHelpAndQuit(t *testing.T) {
	for _, w := range []int{60, 80, 100} {
		for pane := range paneCount {
			a := testApp(t, w, 24)
			a.Update(keyPress(string(rune('1' + pane))))
			if a.panes[a.focus].Capturing() {
				a.Update(keyPress("esc"))
			}
			lines := strings.Split(ansi.Strip(screen(a)), "\n")
			footer := strings.TrimRight(lines[len(lines)-1], " ")
			if !strings.HasSuffix(footer, "? all keys • q quit") || ansi.StringWidth(footer) > w {
				t.Errorf("%d cols, pane %d: footer %q", w, pane+1, footer)
			}
		}
	}
}
