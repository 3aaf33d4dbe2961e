package ui

import "testing"

// The Groups list's lag history column takes its room from the start, as
// Partitions' does (historyAtRightEdge): cells of a fixed span, the cells
// before the first poll blank on the left, every row's sparkline ending
// at the column's right edge however few polls there are yet (ut37-10's
// kind in Groups: the column was narrowed to the longest history drawn,
// tightenSparks, so early in a session the history was ragged under its
// heading and most of its cells blank).
func TestGroupsHistoryTakesItsRoomFromTheStart(t *testing.T) {
	t.Parallel() // holds no shared state: its own stores and apps
	historyAtRightEdge(t, "5", "5 Groups")
}
