package ui

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
)

// A zoomed status pane keeps the sparkline's heading above the drawing
// and /min right after it, however wide the pane: the drawing starts
// within a few cells of the heading and ends just before /min.
func TestStatusSparkHeadingSitsOverItsSparkline(t *testing.T) {
	for _, tt := range []struct {
		pane string
		w, h int
	}{{"2", 100, 24}, {"2", 200, 50}, {"3", 100, 24}, {"3", 200, 50}} {
		a := historyApp(t, tt.w, tt.h, 8)
		a.Update(keyPress(tt.pane))
		a.Update(keyPress("z"))
		got := screen(a)
		lines := strings.Split(got, "\n")
		head := -1
		for i, l := range lines {
			if strings.Contains(l, " · 5m") && strings.Contains(l, "/min") {
				head = i
				break
			}
		}
		if head < 0 {
			t.Fatalf("pane %s %dx%d: no sparkline heading in\n%s", tt.pane, tt.w, tt.h, got)
		}
		hs := ansi.Strip(lines[head])
		at := func(s string) int { return utf8.RuneCountInString(hs[:strings.Index(hs, s)]) }
		heading := "updates · 5m"
		if strings.Contains(hs, "entered · 5m") {
			heading = "entered · 5m"
		}
		title, perMin := at(heading), at("/min")
		first, last := -1, -1
		for _, l := range lines[head+1 : head+3] {
			r := []rune(ansi.Strip(l))
			for c := title; c < len(r) && c < perMin; c++ {
				if strings.ContainsRune("▁▂▃▄▅▆▇█", r[c]) {
					if first < 0 || c < first {
						first = c
					}
					last = max(last, c)
				}
			}
		}
		if first < 0 || first > title+4 || last < perMin-3 {
			t.Errorf("pane %s %dx%d: heading at %d, /min at %d, sparkline drawn in %d..%d:\n%s", tt.pane, tt.w, tt.h, title, perMin, first, last, got)
		}
	}
}
