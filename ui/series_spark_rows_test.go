package ui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// The detail's sparklines beside their titles span the same minutes in
// the same columns, and the titles take one form (ut41-2: 12, 18 and 18
// cells, heat without its thresholds beside power with its warn).
func TestDetailSparklinesShareOneSpanAndForm(t *testing.T) {
	values := []string{"load 7.3kg", "heat 33.2°C", "power 1380W"}
	titles := []string{"load 7.3kg", "heat 33.2°C  (warn 80.0°C · crit 95.0°C)", "power 1380W  (warn 2800W)"}
	hist := make([][]float64, 3)
	for j := range hist {
		for i := range 60 {
			hist[j] = append(hist[j], float64(i%7+j))
		}
	}
	for _, w := range []int{44, 80, 118} {
		rows := besideTitles(NewStyles(true), hist, sparkTitles(values, titles, "  · drawn: mean per 5s", w), w)
		start := -1
		for j, r := range rows {
			r = ansi.Strip(r)
			at := strings.IndexAny(r, "▁▂▃▄▅▆▇█")
			if at < 0 || ansi.StringWidth(r) != w {
				t.Fatalf("%d cells: row %d %q has no sparkline to the edge", w, j, r)
			}
			col := ansi.StringWidth(r[:at])
			if start >= 0 && col != start {
				t.Errorf("%d cells: sparklines start at columns %d and %d:\n%s", w, start, col, ansi.Strip(strings.Join(rows, "\n")))
			}
			start = col
		}
		withWarn := strings.Contains(ansi.Strip(rows[1]), "warn")
		if withWarn != strings.Contains(ansi.Strip(rows[2]), "warn") {
			t.Errorf("%d cells: heat and power titles in two forms:\n%s", w, ansi.Strip(strings.Join(rows, "\n")))
		}
	}
}
