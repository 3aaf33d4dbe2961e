package ui

import (
	"github.com/washboard/washboard/model"
	"github.com/washboard/washboard/ui/draw"
)

// The key column's width is held (followCols, keyHeld) so a burst's keys
// do not move the columns after it, but a held width is blank on a row
// whose key is shorter: at 80x24 the Log kept an 11-cell blank key column
// on every unkeyed row (`∅` and 11 blanks) while each value was cut after
// 18 cells, for the keys of a burst no longer on screen (ut34b-5). Where
// every row in view is unkeyed, the frame gives its values the key
// column's cells past the `∅` that the values cut on it need
// (keyGiveBack). The position column is not touched, so the keys start
// where they did on every frame, and the held width comes back with the
// next keyed row (ut33 Q4: giving the cells back must not move the key
// start on the next burst). Among keyed rows the held width stands: the
// values start at one cell while keys scroll by (ut29 W2).

// keyGiveBack is the key width of a frame laid out with c: where every
// row in view (recs, their cells, in a pane w cells wide) is unkeyed, as
// few of c.keyW's cells as the values cut on them need given back, down
// to the `∅` alone; else c.keyW.
func keyGiveBack(w int, recs []model.Record, cells []logCell, c logCols) int {
	room := w - logTimeWidth(w) - c.whereW - 1 - c.keyW - 1 // the value's cells
	need := 0
	for i := range recs {
		if recs[i].Note != "" || i >= len(cells) {
			continue
		}
		if cells[i].key != "∅" {
			return c.keyW
		}
		n := draw.Width(cells[i].text)
		if cells[i].tags != "" {
			n += 1 + draw.Width(cells[i].tags)
		}
		need = max(need, n)
	}
	return max(c.keyW-max(need-room, 0), 1)
}

// givenBack is c with its key column narrowed to keyGiveBack (no key on
// screen is cut: they are all `∅`).
func (p *LogPane) givenBack(recs []model.Record, cells []logCell, c logCols) logCols {
	c.keyW = keyGiveBack(p.w, recs, cells, c)
	return c
}
