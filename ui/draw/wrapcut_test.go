package draw

import (
	"strings"
	"testing"
)

// WrapCut breaks only at spaces: a name that fits a line goes whole to
// the next line, one longer than a line is cut in the middle, both ends
// kept (ut33 Za7).
func TestWrapCutNeverBreaksAName(t *testing.T) {
	const topic = "settlement.payments.reconciliation-events.eu-west-1.v3"
	for _, tc := range []struct {
		text  string
		width int
		want  []string
	}{
		{"the Log does not read " + topic + "; w on it in 8 Topics reads it", 60,
			[]string{"the Log does not read", topic + "; w on", "it in 8 Topics reads it"}},
		{"the Log does not read " + topic + "; w on it", 51,
			[]string{"the Log does not read", "settlement.payments.recon…tion-events.eu-west-1.v3;", "w on it"}},
		{"short words only", 8, []string{"short", "words", "only"}},
	} {
		got := WrapCut(tc.text, tc.width)
		for _, l := range got {
			if Width(l) > tc.width {
				t.Errorf("width %d: line %q is wider", tc.width, l)
			}
		}
		if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
			t.Errorf("width %d: got\n%s\nwant\n%s", tc.width, strings.Join(got, "\n"), strings.Join(tc.want, "\n"))
		}
	}
}
