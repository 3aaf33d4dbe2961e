package ui

import (
	"strings"
	"testing"
)

// ut38a-6: Machines zoomed at 80x24, sorted by heat, `/dry` filtered out
// avro-washer-01 and every column moved a cell left (the id column sized
// to the longest id left), and back on `esc`. The id column is judged
// over every machine, the filter aside: the heading holds still while the
// width is the same, in id order and sorted, in the grid and zoomed.
func TestMachinesColumnsHoldUnderAFilter(t *testing.T) {
	for _, keys := range [][]string{{"1"}, {"1", "z"}, {"1", "z", "s", "s"}} {
		t.Run(strings.Join(keys, ""), func(t *testing.T) {
			now := fixedNow
			a, _ := demoLikeApp(t, 80, 24, &now, false)
			press(a, keys...)
			before := headingFrom(t, screen(a), "│id")
			press(a, "/")
			typeText(a, "washer")
			got := screen(a)
			if strings.Contains(got, "│avro-dryer-01 ") || !strings.Contains(got, "washer-04") {
				t.Fatalf("the filter did not narrow the rows:\n%s", got)
			}
			if after := headingFrom(t, got, "│id"); after != before {
				t.Errorf("the columns moved under the filter:\n%s\n%s", before, after)
			}
		})
	}
}
