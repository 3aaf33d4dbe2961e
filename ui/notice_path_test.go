package ui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/washboard/washboard/ui/draw"
)

// ut30 X7: notes were wrapped breaking after any '/', so a saved view's
// path read `… to /` then `tmp/ut30/cfg/washboard/views.toml`: a path,
// like a long name, starts a line of its own where it fits one whole,
// in every note a pane shows (the pane notes, notices and Produce's
// outcomes wrap alike).
func TestNotesKeepAPathWhole(t *testing.T) {
	st := NewStyles(false)
	const path = "/tmp/ut30/cfg/washboard/views.toml"
	text := "saved the view of settlement.payments.reconciliation-events.eu-west-1.v3 to " + path + " (it comes back next start)"
	for _, w := range []int{40, 60, 78, 100} {
		for name, lines := range map[string][]string{
			"pane note":   paneNote{text: text, pane: 1}.over(st, 1, nil, w, 10),
			"notice":      notice(st, text, w),
			"notice in 3": noticeIn(st, text, w, 3),
			"outcome":     wrapStyled(st.Dim, text, w),
		} {
			joined := ""
			for _, l := range lines {
				if draw.Width(l) > w {
					t.Errorf("%s at %d: line %q wider than the box", name, w, ansi.Strip(l))
				}
				joined += ansi.Strip(l) + "\n"
			}
			if strings.Contains(joined, path[:len(path)/2]) && !strings.Contains(joined, path) {
				t.Errorf("%s at %d: the path is broken:\n%s", name, w, joined)
			}
		}
	}
}
