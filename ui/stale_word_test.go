package ui

import (
	"strings"
	"testing"
	"time"

	"github.com/washboard/washboard/model"
)

// A pane whose rows stopped updating says so in one wording at every size
// and in every polled box, the age in the form every span takes: `stale
// 30s` (s18: `stale: last poll 30s ago` on wide borders, `stale` on
// narrow ones, and nothing on the 80x24 grid's Students box, whose title
// and held position left it no room).
func TestStalePanesSayItOneWay(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {200, 50}} {
		a := testApp(t, size[0], size[1])
		a.c.Now = func() time.Time { return fixedNow.Add(30 * time.Second) }
		writer(a.c).Update(func(st *model.State) {
			st.Link.AnsweredAt = fixedNow
			st.Link.State, st.Link.Err = model.LinkError, "connection refused"
		})
		a.Update(changedMsg{version: a.c.Store.Version()})
		for _, line := range strings.Split(screen(a), "\n") {
			for _, box := range strings.Split(line, "╮") {
				_, top, ok := strings.Cut(box, "╭─ ")
				if !ok || strings.Contains(top, "Log") || strings.Contains(top, "Produce") {
					continue
				}
				if !strings.Contains(top, "stale 30s") || strings.Contains(top, "last poll") {
					t.Errorf("%dx%d: border %q does not say `stale 30s`", size[0], size[1], top)
				}
			}
		}
	}
}
