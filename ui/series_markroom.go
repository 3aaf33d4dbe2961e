package ui

import "strings"

// markedLayout is heldIDLayout with each field's level-marker room
// (want.mark) held in its column from the first marker the view showed
// on it: the marker is drawn in that room, right before its value
// (markCell), never over the gap before the column. Drawn in the gap, a
// crit read `!` glued to the column before (`7.0kg!82.4°C`, ut40a-4,
// ut41-14: `!!` needs two cells the gap has not, and `!` is warn's
// look); held, every marker says its level without colour and a blank
// cell stays between columns. The id and the program are cut in the
// middle only where the row cannot fit otherwise, and the choice is
// made from held widths only, so the columns hold still as markers come
// and go.
func (p *SeriesPane) markedLayout(w, keyW int, want machineWant, maxSpark, apart int) machineCols {
	c := p.heldIDLayout(w, keyW, want, maxSpark, apart)
	c.mark = want.mark
	return c
}

// markW is the room field j's column holds for its level marker.
func (c machineCols) markW(j int) int {
	if j < len(c.mark) {
		return c.mark[j]
	}
	return 0
}

// markCell is a value with its level marker (maybe empty) right-aligned
// in the room of room cells before it, so values start in one place on
// every row, marked or not (ut41-14: at 200x50 `!82.1°C` began a cell
// right of the `31.9°C` above it).
func markCell(mark string, room int, value string) string {
	return strings.Repeat(" ", max(room-len(mark), 0)) + mark + value
}
