package ui

import "testing"

// ut36a-14: in the 80x24 grid (46 cells), ids held at 14 cells to read
// apart, once a machine has gone stale last seen needs its 9 cells for
// `stale 59s`: it keeps its short form, `stale` in 5 cells, rather than
// going with the program beside 9 blank ones (ut38a-17: with last seen
// gone a machine silent for minutes read live in the grid). While no
// machine has been stale, last seen keeps its 5 cells (and the layout is
// held from the first stale on: seriesWidest.stale).
func TestApartLayoutProgramBackWhereSeenGoes(t *testing.T) {
	for _, tt := range []struct {
		name      string
		seenLeast int
		status    int
		seen      int
	}{
		{"no machine stale yet", 5, 0, 8},
		{"a machine has been stale", 0, 0, staleShort},
	} {
		want := machineWant{status: 12, statusAll: 12, value: []int{5, 9, 6}, title: []int{5, 5, 6}, seen: 9, seenLeast: tt.seenLeast}
		got := apartLayout(46, 14, want, 60, 14)
		if got.key != 14 || got.status != tt.status || got.seen != tt.seen {
			t.Errorf("%s: %+v, want the id at 14, the program %d, last seen %d", tt.name, got, tt.status, tt.seen)
		}
		used := got.key
		for _, v := range got.value {
			used += v + 1
		}
		if got.status > 0 {
			used += got.status + 1
		}
		if got.seen > 0 {
			used += got.seen + 1
		}
		if 46-used >= leastProgram+1 {
			t.Errorf("%s: %d cells stand blank: %+v", tt.name, 46-used, got)
		}
	}
}
