package ui

import (
	"strings"
	"testing"
)

// Every filter field, while typed in, marks where its text goes on past
// the field with a `…` on that side: at the end of a long filter the
// field reads `/…` and the filter's end, at its start (`ctrl+a`) the
// filter's start and a `…` (the Log's showed `/ic=aaa-…` with `top`
// hidden and `…key=a` with `bc` hidden, no mark, while Topics' was cut
// by its box; ut25b R1). In the 80x24 grid and zoomed at 200x50.
func TestFilterFieldMarksItsCuts(t *testing.T) {
	const term = "topic=aaa-created-by-ut25b-with-many-partitions-for-the-paging-check-01"
	for _, size := range [][2]int{{80, 24}, {200, 50}} {
		text := term + " key=abc"
		for len(text) < size[0]+10 {
			text = term + " " + text
		}
		for _, pane := range []string{"1", "3", "4", "5", "6", "8"} {
			a := testApp(t, size[0], size[1])
			do(a, pane)
			if size[0] > 80 {
				do(a, "z")
			}
			do(a, "/")
			typeText(a, text)
			end := filterField(screen(a))
			shown, cut := strings.CutPrefix(strings.TrimRight(end, " "), "/…")
			if !cut || !strings.HasSuffix(text, shown) || len(shown) < 10 {
				t.Errorf("%dx%d pane %s, cursor at the end: %q, want /… and the filter's end", size[0], size[1], pane, end)
			}
			do(a, "ctrl+a")
			start := filterField(screen(a))
			shown, cut = strings.CutSuffix(strings.TrimRight(start, " "), "…")
			if !cut || !strings.HasPrefix("/"+text, shown) || len(shown) < 10 {
				t.Errorf("%dx%d pane %s, cursor at the start: %q, want the filter's start and …", size[0], size[1], pane, start)
			}
		}
	}
}

// filterField is the filter field on screen s: its box's row from the
// `/` to the box's right border.
func filterField(s string) string {
	for _, row := range strings.Split(s, "\n") {
		if i := strings.Index(row, "│/"); i >= 0 {
			f := row[i+len("│"):]
			if j := strings.Index(f, "│"); j >= 0 {
				f = f[:j]
			}
			return f
		}
	}
	return ""
}
