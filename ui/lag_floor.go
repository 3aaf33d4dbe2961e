package ui

import "github.com/washboard/washboard/model"

// heldLag is the cells a lag column of content width w is held at
// (heldCells), with plus where a lag of the list reads as a floor
// (`326+`: partitions not committed, model/not_committed.go): under a
// thousand the floor is held at `999+`, its `+` not counted as a digit
// (ut37-4: `52+` was held at 3 cells and `134+` at 7, and Partitions
// zoomed re-laid out as the floor gained a digit); from a thousand the
// `+` fits the cells its digit group holds (`9,999+` in `999,999`'s 7).
// Partitions and the Groups list hold their lag columns so.
func heldLag(w int, plus bool) int {
	if plus && w > 0 && w <= len("999+") {
		return len("999+")
	}
	return heldCells(w)
}

// lagFloors is whether a group of st has a lag that reads as a floor:
// a partition of a topic it reads not committed. Called under
// Store.Read, once per poll.
func lagFloors(st *model.State) bool {
	if st.Lag == nil {
		return false
	}
	for i := range st.Groups {
		if g := st.Lag.Groups[st.Groups[i].ID]; g != nil && g.NotCommitted > 0 {
			return true
		}
	}
	return false
}
