package ui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// The machine detail gives every row its drawings leave to the recent
// events: below the events title no row of the pane is blank while the
// machine has older events in the Log (every machine here has 36+).
func TestMachineDetailFillsItsRowsWithEvents(t *testing.T) {
	for _, tt := range []struct {
		name string
		w, h int
		keys []string
	}{
		{"unzoomed 120x40", 120, 40, []string{"enter"}},
		{"unzoomed 200x50", 200, 50, []string{"enter"}},
		{"unzoomed 80x24", 80, 24, []string{"enter"}},
		{"zoomed 120x40", 120, 40, []string{"z", "enter"}},
		{"zoomed 100x24", 100, 24, []string{"z", "enter"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			a := historyApp(t, tt.w, tt.h, 8)
			for _, k := range tt.keys {
				a.Update(keyPress(k))
			}
			got := screen(a)
			lines := strings.Split(got, "\n")
			title := -1
			for i, l := range lines {
				// the events' title; where rows hold events but not it too
				// (the 80x24 grid), the events follow the last field
				if strings.Contains(l, "records seen, from the Log") || title < 0 && strings.Contains(l, "│power ") {
					title = i
				}
			}
			if title < 0 {
				t.Fatalf("no events title in\n%s", got)
			}
			// without their title the events follow the last field's
			// drawing, a chart where the rows hold one (ut34a-32)
			for !strings.Contains(lines[title], "from the Log") && title+1 < len(lines) &&
				!strings.Contains(lines[title+1], `{"machine_id"`) && !strings.Contains(lines[title+1], "╰") {
				title++
			}
			if !strings.Contains(lines[title+1], `{"machine_id"`) {
				t.Fatalf("no event under the title:\n%s", got)
			}
			col := strings.Index(ansi.Strip(lines[title]), "│")
			for i := title + 1; i < len(lines); i++ {
				row := []rune(ansi.Strip(lines[i]))
				start := len([]rune(ansi.Strip(lines[title])[:col]))
				if start+1 >= len(row) || row[start] != '│' {
					break // the pane's bottom border
				}
				if strings.HasPrefix(string(row[start+1:]), " ") {
					t.Fatalf("row %d of the detail is blank below the events title:\n%s", i, got)
				}
			}
		})
	}
}

// A machine's detail never draws a chart of one value row (ut34a-32: in
// the 200x50 grid each chart had one row, its label and the warn rule on
// the line's row): a field's share is a chart of two value rows or more
// (title, values, time axis and labels), taking the events' rows where
// that makes one, else a sparkline; and every row is used.
func TestMachineDetailChartsReadOrAreSparklines(t *testing.T) {
	for _, tt := range []struct{ h, head, fields int }{
		{15, 1, 3}, {15, 2, 3}, {16, 1, 3}, {14, 1, 3}, {13, 2, 3}, {22, 2, 3}, {10, 1, 2}, {12, 2, 2}, {40, 2, 3},
	} {
		perField, events := detailLayout(tt.h, tt.head, tt.fields)
		if perField >= 4 && perField < detailChartMin { // 3 rows or fewer: a sparkline
			t.Errorf("h %d head %d fields %d: %d rows a field, a chart of %d value rows", tt.h, tt.head, tt.fields, perField, perField-3)
		}
		if (tt.h-tt.head)/tt.fields >= detailChartMin && perField < detailChartMin {
			t.Errorf("h %d head %d fields %d: sparklines where the box holds charts", tt.h, tt.head, tt.fields)
		}
		if got := tt.fields*perField + events; got != tt.h-tt.head {
			t.Errorf("h %d head %d fields %d: %d rows used of %d", tt.h, tt.head, tt.fields, got, tt.h-tt.head)
		}
	}
}
