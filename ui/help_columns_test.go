package ui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// ut18b G9: at 100-120 columns the help's groups side by side were wider
// than the box and bubbles ended the line with "…", so the pane numbers
// (or the global keys and scrolling, with a long export name) were never
// listed. Groups that do not fit beside the others go below them: every
// group is in the help at every width, and no line ends cut.
func TestHelpListsEveryGroupAtEveryWidth(t *testing.T) {
	for _, w := range []int{100, 110, 120, 160, 200} {
		for _, pane := range []string{"1", "4", "5", "6", "8"} {
			a := testApp(t, w, 60)
			press(a, pane, "?")
			lines := strings.Split(ansi.Strip(strings.Join(a.helpLines(), "\n")), "\n")
			all := strings.Join(lines, "\n")
			for _, want := range []string{"next/previous pane", "zoom", "bottom", "1 Machines", "8 Topics", "quit"} { // page up, down: the footer says it (ut37-8)
				if !strings.Contains(all, want) {
					t.Errorf("%d cols, pane %s: help lacks %q:\n%s", w, pane, want, all)
				}
			}
			for _, l := range lines {
				if strings.HasSuffix(strings.TrimRight(l, " "), "…") {
					t.Errorf("%d cols, pane %s: a help line ends cut: %q", w, pane, l)
				}
			}
		}
	}
}
