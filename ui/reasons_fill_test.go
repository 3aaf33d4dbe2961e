package ui

import (
	"strings"
	"testing"
)

// ut32b Zb3: with `r` in the 80x24 grid (3 rows) Partitions showed one
// row above an empty one because the next row's reason took 3 lines: a
// row after the first is shown with its reason cut to the lines left;
// the cursor's row keeps its reason whole.
func TestReasonsPageFillsTheBox(t *testing.T) {
	lines := func(i int) int {
		if i == 0 {
			return 1
		}
		return 3
	}
	tests := []struct {
		name                   string
		cursor, offset, height int
		wantFirst, wantShown   int
	}{
		{"cursor on the short row: the next shown, its reason cut", 0, 0, 3, 0, 2},
		{"cursor on the long row: its reason whole", 1, 0, 3, 1, 1},
		{"a tall box: whole rows, then one cut", 0, 0, 8, 0, 4},
	}
	for _, tt := range tests {
		first, shown := fitPage(tt.cursor, tt.offset, 300, tt.height, lines)
		if first != tt.wantFirst || shown != tt.wantShown {
			t.Errorf("%s: rows %d+%d, want %d+%d", tt.name, first, shown, tt.wantFirst, tt.wantShown)
		}
	}
	// the reason cut to the lines left keeps its words: the head goes first
	got := reasonIn("settlement.payments.reconciliation-events.eu-west-1.v3/3: lag was zero within the window", 38, 2, 1)
	if len(got) != 1 || !strings.Contains(got[0], "v3/3: lag was zero") || !strings.Contains(got[0], "…") {
		t.Errorf("a one-line reason in 38 cells: %q", got)
	}
}
