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
		lines, head := zoomedStatsHead(t, tt.pane, tt.w, tt.h)
		got := strings.Join(lines, "\n")
		hs := ansi.Strip(lines[head])
		at := func(s string) int { return utf8.RuneCountInString(hs[:strings.Index(hs, s)]) }
		heading := "rate · " // every status view's word (ut43a-5)
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

// zoomedStatsHead is a zoomed status pane's screen over the history
// store, in lines, and the line of its per-status table's headings.
func zoomedStatsHead(t *testing.T, pane string, w, h int) ([]string, int) {
	t.Helper()
	a := historyApp(t, w, h, 8)
	a.Update(keyPress(pane))
	a.Update(keyPress("z"))
	got := screen(a)
	lines := strings.Split(got, "\n")
	for i, l := range lines {
		if strings.Contains(l, " · ") && strings.Contains(l, "/min") {
			return lines, i
		}
	}
	t.Fatalf("pane %s %dx%d: no sparkline heading in\n%s", pane, w, h, got)
	return nil, 0
}

// A zoomed status pane's rate sparkline takes the cells its row has, a
// bucket a cell (ut34a-6: at 80x24 30 cells drew 60 buckets two to a
// cell and 7 cells stood blank after /min): with the demo's whole window
// of history every status row ends at /min and its figure, and the
// heading reads apart from the total's `updates` (not `updates` twice).
func TestStatusSparkTakesItsRow(t *testing.T) {
	for _, tt := range []struct {
		pane string
		w, h int
	}{{"2", 80, 24}, {"2", 100, 24}, {"3", 80, 24}, {"2", 200, 50}, {"3", 200, 50}} { // 200x50: ut37-13
		lines, head := zoomedStatsHead(t, tt.pane, tt.w, tt.h)
		if hs := ansi.Strip(lines[head]); strings.Count(hs, "updates") > 1 {
			t.Errorf("pane %s %dx%d: two headings say updates: %q", tt.pane, tt.w, tt.h, hs)
		}
		row := strings.TrimSuffix(ansi.Strip(lines[head+1]), "│")
		if trail := utf8.RuneCountInString(row) - utf8.RuneCountInString(strings.TrimRight(row, " ")); trail > 5 {
			t.Errorf("pane %s %dx%d: %d blank cells end the status row:\n%s", tt.pane, tt.w, tt.h, trail, strings.Join(lines, "\n"))
		}
	}
}
