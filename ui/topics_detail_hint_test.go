package ui

import (
	"strings"
	"testing"
)

// ut19a H5: the topic detail's "more lines below" offered `z zooms` while
// the pane already had the screen, where z gives it back. Zoomed, the
// hint offers scrolling only; in the grid it still offers z.
func TestTopicDetailHintOffersZoomOnlyInTheGrid(t *testing.T) {
	for _, zoom := range []bool{false, true} {
		a := foreignApp(t, 80, 14) // Topics focused, a box too short for the detail even zoomed
		if zoom {
			do(a, "z")
		}
		do(a, "enter")
		got := screen(a)
		if !strings.Contains(got, "more line") {
			t.Fatalf("zoom %v: the detail fits, no hint to check:\n%s", zoom, got)
		}
		if offers := strings.Contains(got, "z zooms"); offers == zoom {
			t.Errorf("zoom %v: the hint offers z: %v:\n%s", zoom, offers, got)
		}
	}
}

// ut22a M7: in a narrow grid box the hint takes a shorter form rather
// than being cut: `… 19 more lines below (↓/pgdn scroll,…` lost `z zooms`.
func TestTopicDetailHintIsNeverCut(t *testing.T) {
	for _, w := range []int{80, 60, 44} {
		a := foreignApp(t, w, 14)
		do(a, "enter")
		got := screen(a)
		found := false
		for _, l := range strings.Split(got, "\n") {
			if strings.Contains(l, "more") && strings.Contains(l, "… ") {
				found = true
				if !strings.Contains(l, "z)") && !strings.Contains(l, "zooms)") {
					t.Errorf("width %d: the hint is cut or lost z: %q", w, l)
				}
			}
		}
		if !found {
			t.Fatalf("width %d: no hint:\n%s", w, got)
		}
	}
}
