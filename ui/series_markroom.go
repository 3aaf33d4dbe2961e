package ui

import (
	"strings"

	"github.com/washboard/washboard/ui/draw"
)

// markedLayout is heldIDLayout with each field's values, level markers
// included, right-aligned in the widest such cell its rows have had of
// late (want.mark, seriesWidest.cell): a marker is drawn right before its
// value (markCell), never over the gap before the column (ut40a-4,
// ut41-14: `7.0kg!82.4°C`, a crit's `!!` read as warn's `!`), and it sits
// in the leading blank of a value narrower than the column's widest, so
// it costs a cell only where the marked value is the widest (ut42a-1: room
// held for `!!` on heat and power cut the program to `dr…te`). The width
// is held for a minute after the last row that needed it (seriesWidest),
// cut id or program beside it or not: given back the frame the marker
// went, a heat flickering across warn every 2 s moved the columns at
// each crossing (ut43a-2: three layouts in 12 s); a minute on it lapses,
// so a `!!` long gone costs nothing (ut43a-20).
func (p *SeriesPane) markedLayout(w, keyW int, want machineWant, maxSpark, apart int) machineCols {
	c := p.heldIDLayout(w, keyW, want, maxSpark, apart)
	c.mark = want.mark
	return c
}

// markW is the cells field j's values and markers are right-aligned in.
func (c machineCols) markW(j int) int {
	if j < len(c.mark) {
		return c.mark[j]
	}
	return 0
}

// markCell is a value with its level marker (maybe empty) right-aligned
// in cell cells, so the values' last digits and units line up on every
// row, marked or not (ut41-14: at 200x50 `!82.1°C` began a cell right of
// the `31.9°C` above it).
func markCell(mark string, cell int, value string) string {
	return strings.Repeat(" ", max(cell-len(mark)-draw.Width(value), 0)) + mark + value
}
