package ui

import "testing"

// The focused pane always has a box, on every layout: keys never reach a
// pane out of sight (a user test, issue 14: on a cluster that gained the
// views' topics the narrow grid showed Partitions while Topics had the
// keys, and `w` opened an unseen prompt that took the next keys).
func TestTheFocusedPaneIsAlwaysShown(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {120, 40}, {200, 50}, {59, 15}} {
		for focus := range paneCount {
			for _, o := range []layoutOpts{{}, {foreign: true}, {topics: true}, {zoom: true}, {foreign: true, topicsRows: 8}} {
				r := layout(size[0], size[1], focus, o)
				if r[focus].w == 0 || r[focus].h == 0 {
					t.Errorf("%dx%d, focus %d, %+v: the focused pane has no box", size[0], size[1], focus, o)
				}
			}
		}
	}
}
