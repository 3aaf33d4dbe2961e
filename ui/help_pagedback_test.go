package ui

import (
	"testing"

	"github.com/washboard/washboard/model"
)

// The Log paged back: help says each key once, ↑/k with the scrolling
// keys and what ↑ at the oldest does, not a second time among the pane's
// keys in other words; and f, which the list offers, changes the format
// there too (ut40a-20: `↑/k up (older at the top)` above `↑/k ↓/j up,
// down: ↑ at the oldest pages back`, and f did nothing, silently).
func TestHelpPagedBackLogSaysEachKeyOnce(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {80, 16}, {200, 50}} {
		a := testApp(t, size[0], size[1])
		press(a, "6")
		lp := a.panes[paneLog].(*LogPane)
		top := model.Record{Topic: "payments", Partition: 0, Offset: 300}
		lp.hist = &logHistory{topic: top.Topic, partition: top.Partition, top: top, next: top.Offset, end: top.Offset, live: 1}
		was := lp.format
		press(a, "f")
		if lp.format == was {
			t.Errorf("%dx%d: f paged back left the format %v", size[0], size[1], was)
		}
		if lp.hist == nil {
			t.Fatalf("%dx%d: f left the paged-back records", size[0], size[1])
		}
		press(a, "?")
		assertKeysOnce(t, a)
		if !helpLists(a, upDownHelp) && !helpLists(a, upDownHelp+" "+"pgup/pgdn") {
			t.Errorf("%dx%d: paged back, help does not say ↑/k ↓/j:\n%s", size[0], size[1], screen(a))
		}
		if !helpLists(a, "f") {
			t.Errorf("%dx%d: paged back, help does not offer f:\n%s", size[0], size[1], screen(a))
		}
	}
}

// helpLists reports whether the open help lists a binding under label.
func helpLists(a *App, label string) bool {
	for _, g := range a.helpKeys().groups() {
		for _, b := range g {
			if b.Help().Key == label {
				return true
			}
		}
	}
	return false
}
