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
			footer := paneFooter(t, w, pane)
			if !strings.HasSuffix(footer, "? all keys • q quit") || ansi.StringWidth(footer) > w {
				t.Errorf("%d cols, pane %d: footer %q", w, pane+1, footer)
			}
		}
	}
}

// paneFooter is the footer line of pane (0-based) focused in a w x 24
// demo app, its form not being edited.
func paneFooter(t *testing.T, w, pane int) string {
	t.Helper()
	a := testApp(t, w, 24)
	a.Update(keyPress(string(rune('1' + pane))))
	if a.panes[a.focus].Capturing() {
		a.Update(keyPress("esc"))
	}
	lines := strings.Split(ansi.Strip(screen(a)), "\n")
	return strings.TrimRight(lines[len(lines)-1], " ")
}

// A hint too long for the room left is skipped, not the end of the line:
// the shorter hints after it still show (issue 14, F24: the export's file
// name in the Log's footer hid every later hint and left half the line
// blank).
func TestFooterSkipsALongHintAndKeepsTheRest(t *testing.T) {
	for _, w := range []int{80, 100} {
		a := logApp(t, w, 24)
		p := a.panes[paneLog].(*LogPane)
		p.lastPath = "/tmp/washboard-log-20261129-153835.618.ndjson"
		lines := strings.Split(ansi.Strip(screen(a)), "\n")
		footer := lines[len(lines)-1]
		if !strings.Contains(footer, "e export NDJSON") || (w >= 100 && !strings.Contains(footer, "enter details")) ||
			!strings.HasSuffix(strings.TrimRight(footer, " "), "? all keys • q quit") {
			t.Errorf("%d cols: footer %q", w, footer)
		}
		if ansi.StringWidth(footer) > w {
			t.Errorf("%d cols: footer is %d wide", w, ansi.StringWidth(footer))
		}
	}
}

// While a field has the keyboard, the footer ends with the way out of it
// and ctrl+c quit at every width, as "? all keys • q quit" ends it
// otherwise (q types a q there).
func TestEditingFooterKeepsTheWayOut(t *testing.T) {
	for _, w := range []int{60, 80, 100, 200} {
		a := testApp(t, w, 24)
		press(a, "7", "enter")
		if !a.panes[paneProduce].Capturing() {
			t.Fatal("7 did not start editing")
		}
		lines := strings.Split(screen(a), "\n")
		foot := lines[len(lines)-1]
		if !strings.HasSuffix(strings.TrimSpace(foot), "esc back • ctrl+c quit") {
			t.Errorf("width %d: editing footer %q does not end with the way out", w, foot)
		}
	}
}
