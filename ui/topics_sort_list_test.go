package ui

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/washboard/washboard/model"
)

// longTopicStore is a cluster of 40 topics, more than a box holds, the
// last by name far wider in its partitions and offsets than the rest, so
// sorting by offsets or partitions brings it to the first page.
func longTopicStore(t *testing.T) *model.Store {
	t.Helper()
	s := model.NewStore(nil, model.DefaultLimits())
	s.Update(func(st *model.State) {
		st.Link.State, st.Link.PolledAt = model.LinkConnected, fixedNow
		for i := range 40 {
			tp := model.TopicStat{Name: fmt.Sprintf("topic-%02d", i), Partitions: 1 + i%3, Replication: 1 + i%2, Records: int64(i), Rate: float64(i % 4)}
			if i == 39 {
				tp.Partitions, tp.Records, tp.Rate = 1200, 12_345_678, 4
			}
			st.TopicStats = append(st.TopicStats, tp)
			st.Topics = append(st.Topics, tp.Name)
		}
	})
	return s
}

// ut25b R17's note: Topics sized its number columns from the page (and
// the width memory), so `s` on a list longer than the box brought a
// topic of 12,345,678 offsets and 1200 partitions on screen and widened
// the columns, moving every column right of them. The columns are the
// list's: over every order, its first page, at 80x24 and 200x50, grid
// and zoomed, the heading reads the same at the same cells.
func TestTopicsSortKeepsTheListsColumns(t *testing.T) {
	for _, c := range []struct {
		w, h int
		zoom bool
	}{{80, 24, false}, {80, 24, true}, {200, 50, false}, {200, 50, true}} {
		a := realApp(t, longTopicStore(t), c.w, c.h)
		a.Update(changedMsg{version: a.c.Store.Version()})
		press(a, "8")
		if c.zoom {
			press(a, "z")
		}
		var want []int
		var was []string
		for i := range topicOrders + 1 { // every order and back to the first
			box := paneBox(a, "─ 8 Topics")
			head := boxHeading(box, "topic")
			words, at := headingCols(head)
			if len(words) < 4 {
				t.Fatalf("%dx%d zoom=%v order %d: heading %q\n%s", c.w, c.h, c.zoom, i, head, strings.Join(box, "\n"))
			}
			for j := range words {
				words[j] = strings.TrimSuffix(words[j], "▼")
			}
			if want == nil {
				want, was = at, words
			} else if !slices.Equal(at, want) || !slices.Equal(words, was) {
				t.Errorf("%dx%d zoom=%v order %d: the columns changed with the sort\n%v %v\nwas\n%v %v\n%s", c.w, c.h, c.zoom, i, words, at, was, want, strings.Join(box, "\n"))
			}
			press(a, "s", "g") // the next order, its first page (the cursor follows its topic)
		}
	}
}
