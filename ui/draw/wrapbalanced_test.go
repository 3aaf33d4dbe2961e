package draw

import (
	"slices"
	"testing"
)

// An outcome does not end on a lone word where the word before it can
// go down with it (ut38a-16), and is Wrap's where it cannot.
func TestWrapBalanced(t *testing.T) {
	for _, tt := range []struct {
		s     string
		width int
		want  []string
	}{
		{"rider-updates has the view Riders (built in): showing it", 50,
			[]string{"rider-updates has the view Riders (built in):", "showing it"}},
		{"one two three", 8, []string{"one two", "three"}},                       // "two three" is wider than 8
		{"fits whole", 20, []string{"fits whole"}},                               // one line
		{"a b c d e f", 5, []string{"a b c", "d e f"}},                           // the last line holds words already
		{"averyveryverylongword x", 12, []string{"averyveryver", "ylongword x"}}, // the line it leaves has no space: kept
	} {
		if got := WrapBalanced(tt.s, tt.width); !slices.Equal(got, tt.want) {
			t.Errorf("WrapBalanced(%q, %d) = %q, want %q", tt.s, tt.width, got, tt.want)
		}
	}
}
