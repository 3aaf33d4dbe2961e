package ui

import (
	"slices"
	"time"

	"github.com/washboard/washboard/model"
	"github.com/washboard/washboard/ui/draw"
)

// The Log's key column is as wide as the rows of the last minute need,
// not the rows on screen (ut25b R14: following a live cluster, the key
// column went 14 -> 45 -> 38 -> 14 cells in two seconds as a burst's long
// keys scrolled through, and every value moved with it; R9: six long
// keys among twenty rows took 38 cells of every row while every value was
// cut to 15). Each row shown is counted once, when it is first on screen
// (by its ring position), with the time; the column's width is the
// typical width (typicalWidth) of the rows counted over memoKeep and the
// rows on screen, so a burst of long keys, a minority of the minute's
// rows, is cut (where its keys differ: keyApart) rather than given the
// column, and the column does not move by a cell as one key scrolls off.

// keySeen is a row's key width, the width its topic and position
// need (where), and when it was first on screen.
type keySeen struct {
	w, where int
	at       time.Time
}

// keysSeenMost bounds the rows keyHeld counts: the newest are kept.
const keysSeenMost = 4096

// keyHeld is the key widths of the rows the Log has shown over memoKeep,
// for one layout (logMemoKey: a resize, `f`, `a` or another filter start
// afresh).
type keyHeld struct {
	key  logMemoKey
	next uint64    // the ring position after the newest row counted
	seen []keySeen // oldest first
}

// note counts the rows of recs (at ring positions pos, keys in cells,
// positions' room in ats) not counted before, at now, and forgets rows
// counted more than memoKeep before now.
func (h *keyHeld) note(key logMemoKey, recs []model.Record, pos []uint64, cells []logCell, ats logAts, now time.Time) {
	if h.key != key {
		*h = keyHeld{key: key}
	}
	next := h.next
	for i := range recs {
		if i >= len(pos) || i >= len(cells) || recs[i].Note != "" {
			continue
		}
		if pos[i] >= h.next {
			h.seen = append(h.seen, keySeen{w: draw.Width(cells[i].key), where: whereWidth(&recs[i], ats), at: now})
		}
		next = max(next, pos[i]+1)
	}
	h.next = next
	old := 0
	for old < len(h.seen) && (now.Sub(h.seen[old].at) > memoKeep || len(h.seen)-old > keysSeenMost) {
		old++
	}
	h.seen = slices.Delete(h.seen, 0, old)
}

// width is the key column's width for key: the typical width of the
// rows counted and of those on screen (cells, notes left out of recs).
// h is not written.
func (h *keyHeld) width(key logMemoKey, recs []model.Record, cells []logCell) int {
	var ws []int
	if h.key == key {
		ws = make([]int, 0, len(h.seen)+len(cells))
		for _, s := range h.seen {
			ws = append(ws, s.w)
		}
	}
	for i := range cells {
		if i < len(recs) && recs[i].Note == "" {
			ws = append(ws, draw.Width(cells[i].key))
		}
	}
	return max(typicalWidth(ws), 1)
}

// whereWidth is the cells r's topic and the room its position keeps
// (ats) need.
func whereWidth(r *model.Record, ats logAts) int {
	return draw.Width(model.PrintableString(r.Topic)) + ats.of(r)
}

// whereWidth is the position column's held width for key, as width is
// the key column's: the typical width of the rows counted and of those
// on screen (ut28b V1: a clump of 62-character topics widened the column
// for the second it was on screen, and every value moved 3-6 cells and
// back). h is not written.
func (h *keyHeld) whereWidth(key logMemoKey, recs []model.Record, ats logAts) int {
	var ws []int
	if h.key == key {
		ws = make([]int, 0, len(h.seen)+len(recs))
		for _, s := range h.seen {
			ws = append(ws, s.where)
		}
	}
	for i := range recs {
		if recs[i].Note == "" {
			ws = append(ws, whereWidth(&recs[i], ats))
		}
	}
	return typicalWidth(ws)
}

// widestWhere is the widest position (topic and the room its position
// keeps) of the rows counted for key, 0 for none. h is not written.
func (h *keyHeld) widestWhere(key logMemoKey) int {
	most := 0
	if h.key == key {
		for _, s := range h.seen {
			most = max(most, s.where)
		}
	}
	return most
}
