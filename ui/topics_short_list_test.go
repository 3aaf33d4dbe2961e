package ui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/washboard/washboard/model"
)

// ut27 (80x24, a --topic outcome, `/dormant` typed): a filter to one
// topic summed the outcome up in one line (`1 more --topic outcome`) and
// dropped the cluster's line while a row of the box stayed blank. What is
// above a short list is cut only where the box has no row left: at every
// height, while the filter is typed and after, either the box is full or
// the outcomes are whole and the cluster's line is there.
func TestTopicsShortListKeepsWhatIsAboveWhole(t *testing.T) {
	for _, h := range []int{24, 22, 20, 18, 16, 14} {
		for _, typing := range []bool{true, false} {
			a := foreignApp(t, 80, h)
			writer(a.c).Update(func(st *model.State) {
				st.StartNotes = []string{"!! --topic no-such-topic-for-the-check-with-a-long-name: not on the cluster; read when it appears (washboard never creates topics)"}
			})
			a.Update(changedMsg{version: a.c.Store.Version()})
			do(a, "8", "/", "type:payments")
			if !typing {
				do(a, "enter")
			}
			screen(a)
			p := a.panes[paneTopics].(*TopicsPane)
			lines := p.Lines(true)
			if len(lines) >= p.h {
				continue // the box is full: what gave way had no row
			}
			text := ansi.Strip(strings.Join(lines, "\n"))
			if strings.Contains(text, "more --topic outcome") || !strings.Contains(text, "cluster abc-cluster") {
				t.Errorf("80x%d typing %v: %d of %d rows used, the outcome summed up or the cluster's line gone:\n%s", h, typing, len(lines), p.h, screen(a))
			}
		}
	}
}
