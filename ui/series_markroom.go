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
// is held for a minute (seriesWidest), so the columns stay put as values
// come and go, but never as blank cells beside a cut id or program: where
// the rows on screen need less (want.markNow) and that layout cuts the id
// or the program less, it is the one drawn (ut43a-2: one `!` cut both
// avro ids while power kept a blank cell; ut43a-20).
func (p *SeriesPane) markedLayout(w, keyW int, want machineWant, maxSpark, apart int) machineCols {
	id := p.widest.id // heldIDLayout holds the widest id drawn: judged afresh for the second layout
	c := p.heldIDLayout(w, keyW, want, maxSpark, apart)
	c.mark = want.mark
	if !heldAbove(want.mark, want.markNow) || (c.key >= keyW && c.status >= want.status) {
		return c
	}
	held := p.widest.id
	p.widest.id = id
	now := want
	now.mark, now.value = want.markNow, append([]int(nil), want.value...)
	for j := range now.value {
		if j < len(now.markNow) {
			now.value[j] = now.markNow[j]
		}
	}
	n := p.heldIDLayout(w, keyW, now, maxSpark, apart)
	n.mark = now.mark
	if n.key > c.key || n.status > c.status {
		return n
	}
	p.widest.id = held
	return c
}

// heldAbove reports whether any held width exceeds what is needed now.
func heldAbove(held, now []int) bool {
	for j := range held {
		if j < len(now) && held[j] > now[j] {
			return true
		}
	}
	return false
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
