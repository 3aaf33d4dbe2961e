package ui

import (
	"strings"
	"testing"
)

// ut43a-5, ut43b-14: one word, `rate`, heads the rate sparkline in every
// status view (Students said `entered` beside Riders' `rate`), and the
// help of each view pane, where a user looks, says what the rate counts
// and that a sparkline cell is one bucket of the window the view keeps,
// so the cells a wide row leaves past it are no surprise.
func TestViewsHelpSaysWhatTheSparklinesHold(t *testing.T) {
	for _, tt := range []struct {
		pane string
		want []string
	}{
		{"1", []string{"a sparkline cell is one 5s bucket", "5m window", "cut id or program"}},
		{"2", []string{"rate: records at each location per minute", "a sparkline cell is one 5s bucket"}},
		{"3", []string{"rate: keys entering each State per minute", "a sparkline cell is one 5s bucket"}},
	} {
		for _, size := range [][2]int{{80, 24}, {200, 50}} {
			now := fixedNow
			a, _ := demoLikeApp(t, size[0], size[1], &now, true)
			press(a, tt.pane)
			screen(a) // a frame, as the console draws between keys
			press(a, "?")
			got := strings.Join(strings.Fields(strings.ReplaceAll(screen(a), "│", " ")), " ")
			for _, w := range tt.want {
				if !strings.Contains(got, w) {
					t.Errorf("%dx%d pane %s: help lacks %q:\n%s", size[0], size[1], tt.pane, w, screen(a))
				}
			}
		}
	}
	for _, pane := range []string{"2", "3"} {
		now := fixedNow
		a, _ := demoLikeApp(t, 200, 50, &now, true)
		press(a, pane, "z")
		got := screen(a)
		if !strings.Contains(got, "rate · ") || strings.Contains(got, "entered") {
			t.Errorf("pane %s: the rate sparkline is not headed rate:\n%s", pane, got)
		}
	}
}
