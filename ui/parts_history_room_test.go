package ui

import (
	"strings"
	"testing"

	"github.com/washboard/washboard/model"
)

// Partitions' lag history column takes its room from the start: cells of
// a fixed span (the history over the column's cells), the cells before
// the first poll blank on the left, so every row's sparkline ends at the
// column's right edge, the newest cell of every row in one place, however
// few polls there are yet (ut37-10, ut36b-18: at 200x50 the column was
// narrowed to the longest history drawn, 28 of 110 cells used, the rest
// blank at the end of the rows, and rows ragged under the heading).
func TestPartitionsHistoryTakesItsRoomFromTheStart(t *testing.T) {
	t.Parallel() // holds no shared state: its own stores and apps
	historyAtRightEdge(t, "4", "4 Partitions")
}

// historyAtRightEdge checks, zoomed into pane key's box titled box at
// 200x50 and 120x40, over a 90-poll and a 2-poll history, that every
// row's lag sparkline ends at its column's right edge.
func historyAtRightEdge(t *testing.T, key, box string) {
	t.Helper()
	for _, tc := range []struct {
		name    string
		store   *model.Store
		history int // the [lag] history in polls: the most cells the column takes
	}{
		{"ten minutes of history, 90 polls so far", tenMinutesStore(90), model.DefaultLagConfig().History},
		{"twenty polls of history, 2 so far", twinTopicsStore(), 20},
	} {
		for _, size := range [][2]int{{200, 50}, {120, 40}} {
			a := realApp(t, tc.store, size[0], size[1])
			do(a, key, "z")
			rows := boxRows(t, screen(a), box)
			head := []rune(rows[0])
			at := strings.Index(rows[0], "history")
			if at < 0 {
				t.Fatalf("%s %dx%d: no lag history heading:\n%s", tc.name, size[0], size[1], screen(a))
			}
			start := len([]rune(rows[0][:at]))
			if strings.HasSuffix(rows[0][:at], "lag ") {
				start -= len("lag ")
			}
			end := min(start+tc.history, len(head)) - 1 // the column's last cell
			n := 0
			for _, r := range rows[1:] {
				rr := []rune(r)
				last := strings.LastIndexFunc(r, func(c rune) bool { return c >= '▁' && c <= '█' })
				if last < 0 {
					continue
				}
				n++
				if got := len([]rune(r[:last])); got != end || len(rr) != len(head) {
					t.Errorf("%s %dx%d: a sparkline ends at cell %d, want %d (the column's right edge):\n%s", tc.name, size[0], size[1], got, end, strings.Join(rows, "\n"))
					break
				}
			}
			if n == 0 {
				t.Errorf("%s %dx%d: no sparkline drawn:\n%s", tc.name, size[0], size[1], screen(a))
			}
		}
	}
}
