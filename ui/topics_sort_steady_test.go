package ui

import (
	"slices"
	"strings"
	"testing"
)

// ut25b R17: Topics (200x50 zoomed) moved the columns right of the
// sorted one a cell with each `s`, the `▼` taking a cell of its own.
// Every sortable heading keeps room for the marker, sorted or not: over
// every order, the columns start at the same cells (the topics all on
// screen, so the same rows are laid out), at 80x24 and 200x50, grid and
// zoomed where the box holds them all.
func TestTopicsSortMovesNoColumn(t *testing.T) {
	for _, c := range []struct {
		w, h int
		zoom bool
	}{{80, 24, true}, {200, 50, true}, {200, 50, false}} {
		a := demoApp(t, filterStore(0), c.w, c.h)
		press(a, "8")
		if c.zoom {
			press(a, "z")
		}
		var want []int
		var was string
		for i := range topicOrders + 1 { // every order and back to the first
			box := paneBox(a, "─ 8 Topics")
			head := boxHeading(box, "topic")
			if head == "" || !strings.Contains(head, "▼") {
				t.Fatalf("%dx%d zoom=%v order %d: no sorted heading\n%s", c.w, c.h, c.zoom, i, strings.Join(box, "\n"))
			}
			words, at := headingCols(head)
			if len(words) < 5 {
				t.Fatalf("%dx%d zoom=%v: heading %q", c.w, c.h, c.zoom, head)
			}
			if want == nil {
				want, was = at, head
			} else if !slices.Equal(at, want) {
				t.Errorf("%dx%d zoom=%v order %d: the columns moved\n%s %v\nwas\n%s %v", c.w, c.h, c.zoom, i, head, at, was, want)
			}
			press(a, "s")
		}
	}
}
