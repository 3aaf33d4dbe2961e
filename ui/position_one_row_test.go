package ui

import "testing"

// A page of one row says that row once: `2/3`, not `2-2/3` (ut42b-12),
// and its held form is as wide as any position of that total and page
// (a page of one row never shows a range: ut43a-4), so the border's
// other parts are cut one way as it scrolls.
func TestPositionSaysOneRowOnce(t *testing.T) {
	tests := []struct {
		from, to, total int
		want, held      string
	}{
		{2, 2, 3, "2/3", "3/3"},
		{1, 19, 36, "1-19/36", "36-36/36"},
		{1200, 1200, 1500, "1200/1,500", "1,500/1,500"},
	}
	for _, tt := range tests {
		got := rowsShown(tt.from, tt.to, tt.total)
		if got != tt.want {
			t.Errorf("rowsShown(%d, %d, %d) = %q, want %q", tt.from, tt.to, tt.total, got, tt.want)
		}
		if h := heldPosition(got); h != tt.held {
			t.Errorf("heldPosition(%q) = %q, want %q", got, h, tt.held)
		}
	}
	for _, notPos := range []string{"/pay", "1 of 6 topics", "filter a/b"} {
		if h := heldPosition(notPos); h != notPos {
			t.Errorf("heldPosition(%q) = %q: not a position, want itself", notPos, h)
		}
	}
}
