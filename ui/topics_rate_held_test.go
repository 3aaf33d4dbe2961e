package ui

import (
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"

	"github.com/washboard/washboard/model"
)

// ut22b: the Topics rate column narrowed from `14.0/s` to `0.0/s` when
// the producer stopped, a minute on, and the trend beside it moved a
// cell. The rate is held to "99.9/s" as Partitions holds its offsets
// to their digit group: the trend's heading starts at one cell before
// and after, at 80 and 200 columns, grid and zoomed.
func TestTopicsRateHoldsTheTrendStill(t *testing.T) {
	trendAt := func(a *App) int {
		for _, l := range strings.Split(screen(a), "\n") {
			if strings.Contains(l, "topic") && strings.Contains(l, " rate") {
				if i := strings.Index(l, " trend"); i >= 0 {
					return ansi.StringWidth(l[:i])
				}
				t.Fatalf("no trend heading: %q\n%s", l, screen(a))
			}
		}
		t.Fatalf("no Topics heading:\n%s", screen(a))
		return 0
	}
	for _, size := range [][2]int{{80, 24}, {200, 50}} {
		for _, zoom := range []bool{false, true} {
			a := foreignApp(t, size[0], size[1])
			s := trendStore(t)
			a.c.Store = s
			a.Update(changedMsg{version: s.Version()})
			do(a, "8")
			if zoom {
				do(a, "z")
			}
			before := trendAt(a)
			s.Update(func(st *model.State) { // the 14/s producer stops; the 5/s one goes on
				for i := range st.TopicStats {
					if st.TopicStats[i].Rate >= 10 {
						st.TopicStats[i].Rate = 0
					}
				}
				st.Link.PolledAt = st.Link.PolledAt.Add(time.Second)
			})
			for _, later := range []time.Duration{time.Second, 2 * time.Minute, 2*time.Minute + time.Second} { // past the minute a width is remembered
				a.c.Now = func() time.Time { return fixedNow.Add(later) }
				a.Update(changedMsg{version: s.Version()})
				a.View()
				if got := trendAt(a); got != before {
					t.Errorf("%v zoom=%v %v after the producer stopped: the trend heading moved from cell %d to %d\n%s", size, zoom, later, before, got, screen(a))
				}
			}
		}
	}
}
