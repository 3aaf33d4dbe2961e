package ui

import "testing"

// ut16a D22: Riders zoomed at 80x24 drew 1,065, 1,134, 1,098 and 1,135
// updates as four identical full 10-cell bars. In eighths of a cell they
// differ, and only the most fills the bar.
func TestBarDrawsCountsThatDifferDifferently(t *testing.T) {
	for _, tc := range []struct {
		v, most uint64
		w       int
		want    string
	}{
		{1065, 1135, 10, "█████████▍"},
		{1098, 1135, 10, "█████████▋"},
		{1134, 1135, 10, "█████████▉"}, // a hair short of the most: not full
		{1135, 1135, 10, "██████████"},
		{1, 1135, 10, "▏"}, // above zero: an eighth at least
		{0, 1135, 10, ""},
		{239, 299, 8, "██████▍"},
		{5, 0, 10, ""},
	} {
		if got := bar(tc.v, tc.most, tc.w); got != tc.want {
			t.Errorf("bar(%d, %d, %d) = %q, want %q", tc.v, tc.most, tc.w, got, tc.want)
		}
	}
}
