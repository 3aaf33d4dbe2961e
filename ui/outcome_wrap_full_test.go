package ui

import (
	"os"
	"strings"
	"testing"

	"github.com/washboard/washboard/ui/draw"
)

// brokeEarly is the first line of a wrapped paragraph that had room for
// the next line's first word (and the space before it), or -1.
func brokeEarly(lines []string, w int) int {
	for i := 0; i+1 < len(lines); i++ {
		next := strings.Fields(lines[i+1])
		if len(next) > 0 && draw.Width(lines[i])+1+draw.Width(next[0]) <= w {
			return i
		}
	}
	return -1
}

// An outcome or a refusal takes on each line every word the line holds:
// one word taken down so it did not end on a lone word broke lines 11-15
// cells early (ut42a-9: `… stop its` / `consumers first`; ut42a-11:
// `(read back: every` / `partition holds)`).
func TestOutcomesWrapAtTheBoxWidth(t *testing.T) {
	const refusal = "group has active members: washboard-demo-2 is Stable with 1 member; Kafka resets a group's offsets only while it has no members: stop its consumers first"
	for _, w := range []int{40, 50, 78, 120} {
		if got := wrapWords(refusal, w); brokeEarly(got, w) >= 0 {
			t.Errorf("wrapWords at %d broke early: %q", w, got)
		}
	}
	// the goldens' outcome paragraphs, from their first line to their last
	for _, tt := range []struct{ golden, first, last string }{
		{"reset-done-6-80x24", "reset the 6", "holds)"},
		{"topics-outcome-u-outcome-80x24", "your read", "-euw)"},
		{"topics-outcome-u-outcome-200x50", "your read", "-euw)"},
	} {
		b, err := os.ReadFile("testdata/" + tt.golden + ".golden")
		if err != nil {
			t.Fatal(err)
		}
		var para []string
		w := 0
		for _, l := range strings.Split(string(b), "\n") {
			cells := strings.Split(l, "│")
			if len(cells) < 3 {
				continue
			}
			inner := cells[1] // the first box on the row
			if len(para) == 0 && !strings.Contains(inner, tt.first) {
				continue
			}
			w = draw.Width(inner)
			para = append(para, strings.TrimRight(inner, " "))
			if strings.Contains(inner, tt.last) {
				break
			}
		}
		if len(para) < 2 {
			t.Fatalf("%s: no wrapped outcome from %q to %q", tt.golden, tt.first, tt.last)
		}
		if i := brokeEarly(para, w); i >= 0 {
			t.Errorf("%s: line %q broke early in %d cells: %q", tt.golden, para[i], w, para)
		}
	}
}
