package ui

import (
	"strings"
	"testing"
)

// Reading a topic or stopping the last one moves no Topics column: the
// read mark has a gutter on every row, as Groups' marks do (s7-groups'
// note: the `● ` took 2 cells only while some topic was read, so `u` on
// the last one moved every column).
func TestTopicsReadMarkMovesNoColumn(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {200, 50}} {
		a := foreignApp(t, size[0], size[1])
		a.c.Store = trendStore(t)
		a.Update(changedMsg{version: a.c.Store.Version()})
		do(a, "z")
		w := &fakeWatcher{mine: map[string][]string{}, from: map[string]string{}}
		a.c.Watcher = w
		heading := func() int { return strings.Index(screen(a), " rate") }
		none := heading()
		w.mine[a.c.Session] = []string{"fast-topic"}
		a.rev++ // a frame is drawn again only when something changed
		if one := heading(); one != none || none < 0 || !strings.Contains(screen(a), "● fast-topic") {
			t.Errorf("%v: `parts` starts at byte %d with no topic read and %d with one", size, none, one)
		}
	}
}
