package ui

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
)

// A status view in a grid box wider than its key list shows each
// status's keys now and rate sparkline beside the list, in the cells the
// list leaves, and gives the summary line's row to a key (ut36a-22,
// ut37-12, ut34a-17: at 200x50 Riders showed 5 of 8 riders with 46 blank
// cells on every row); a box too narrow for it keeps the summary.
func TestStatusGridTableBesideTheList(t *testing.T) {
	for _, tt := range []struct {
		w, h   int
		title  string
		beside bool
	}{{200, 50, "2 Riders", true}, {200, 50, "3 Students", true}, {80, 24, "2 Riders", false}} {
		a := historyApp(t, tt.w, tt.h, 8)
		sc := screen(a)
		rows := boxRows(t, ansi.Strip(sc), "─ "+tt.title+" ")
		if len(rows) < 2 {
			t.Fatalf("%dx%d %s: no box in\n%s", tt.w, tt.h, tt.title, sc)
		}
		head, first := rows[0], rows[1]
		hasSpark := strings.ContainsAny(first, "▁▂▃▄▅▆▇█")
		trail := utf8.RuneCountInString(first) - utf8.RuneCountInString(strings.TrimRight(first, " "))
		switch {
		case tt.beside && (!strings.Contains(head, "/min") || !hasSpark || trail > 5):
			t.Errorf("%dx%d %s: no status table beside the list (%d blank cells end its first row):\n%s", tt.w, tt.h, tt.title, trail, sc)
		case !tt.beside && hasSpark:
			t.Errorf("%dx%d %s: a sparkline squeezed beside the list:\n%s", tt.w, tt.h, tt.title, sc)
		}
	}
}
