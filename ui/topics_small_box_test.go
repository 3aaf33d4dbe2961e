package ui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/washboard/washboard/model"
)

// A small Topics box keeps the cursor's topic under its heading: the
// cluster's line gives way first, to the --topic outcomes and to the
// filter being typed (ut27 T12: the 80x24 grid's 3-row box showed the
// heading over no row while the border said 1-1/7).
func TestTopicsSmallBoxKeepsARow(t *testing.T) {
	for _, h := range []int{24, 20, 16, 14, 12} {
		for _, typing := range []bool{false, true} {
			a := foreignApp(t, 80, h)
			writer(a.c).Update(func(st *model.State) {
				st.StartNotes = []string{"!! --topic no-such-topic-for-the-check-with-a-long-name: not on the cluster; read from the end when it appears",
					"reading audit from the beginning"}
			})
			a.Update(changedMsg{version: a.c.Store.Version()})
			do(a, "8")
			if typing {
				do(a, "/", "type:o")
			}
			p := a.panes[paneTopics].(*TopicsPane)
			sel := p.Selected()
			if sel == "" {
				t.Fatalf("80x%d: no topic under the cursor", h)
			}
			lines := p.Lines(true)
			if len(lines) > p.h {
				t.Errorf("80x%d typing %v: %d lines in a %d-row box", h, typing, len(lines), p.h)
			}
			shown := false
			for _, l := range lines[:min(len(lines), p.h)] {
				if f := strings.Fields(ansi.Strip(l)); len(f) > 0 && (f[0] == sel || len(f) > 1 && f[1] == sel) {
					shown = true
				}
			}
			if !shown {
				t.Errorf("80x%d typing %v: the cursor's topic %q is not in the box:\n%s", h, typing, sel, screen(a))
			}
		}
	}
}
