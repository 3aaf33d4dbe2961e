package ui

import (
	"unicode/utf8"

	"github.com/washboard/washboard/model"
	"github.com/washboard/washboard/ui/draw"
)

// logWants are the cells a frame's rows need in each column: the widest
// topic/partition@offset, key and text after the key.
type logWants struct{ where, key, text int }

// logTimeWidth is the time column and its space: shown from 60 cells.
func logTimeWidth(w int) int {
	if withTime, _, _ := logColumns(w); withTime {
		return 9
	}
	return 0
}

// logValueFloor is the least of a row the value keeps while the key or
// the position need more than their shares: two fifths of what the time
// leaves, so the value still reads as the row's content.
func logValueFloor(w int) int {
	return max((w-logTimeWidth(w)-2)*2/5, 8)
}

// logWidths sizes the position and key columns of a pane w cells wide
// (a user test of issue 14, A7/A15), from whereW and keyW: what their
// rows need within their shares (logColumns: a quarter and a sixth of the
// width), widened where that left two topics or two keys reading the same
// (apartWhere, apartWidth). The value, the one column cut at its end,
// gives the key (the column the panes are built on: a key that misses by
// a cell gets it from the value) what it needs down to logValueFloor; the
// topics get only what the value leaves of the share their caps left it,
// so a long topic does not take the value's room. A value shorter than
// its share leaves its cells to the key first, then to the topics.
func logWidths(w int, want logWants, whereW, keyW int) (int, int) {
	_, whereMax, keyMax := logColumns(w)
	avail := w - logTimeWidth(w) - 2 // the spaces after the position and the key
	if free := avail - whereW - keyW - min(want.text, logValueFloor(w)); free > 0 {
		keyW += min(free, max(want.key-keyW, 0))
	}
	fair := max(avail-whereMax-keyMax, logValueFloor(w))
	if free := avail - whereW - keyW - min(want.text, fair); free > 0 {
		whereW += min(free, max(want.where-whereW, 0))
	}
	return whereW, keyW
}

// apartWidth widens the key column, up to most cells, until different
// keys on screen no longer read the same when cut in the middle (A15:
// avro-washer-01 and avro-dryer-01 both as `avr…r-01`). It stays at keyW
// when they already differ or when no width up to most tells them apart.
func apartWidth(cells []logCell, keyW, most int) int {
	for w := keyW; w <= most; w++ {
		if keysApart(cells, w) {
			return w
		}
	}
	return keyW
}

// keysApart reports whether the keys of cells, cut in the middle to w
// cells, read differently wherever they differ.
func keysApart(cells []logCell, w int) bool {
	shown := make(map[string]string, len(cells))
	for _, c := range cells {
		s := draw.FitMiddle(c.key, w)
		if k, ok := shown[s]; ok && k != c.key {
			return false
		}
		shown[s] = c.key
	}
	return true
}

// keyEnds is the text of a key longer than limit bytes as its first and
// last limit/2 bytes (whole runes) around an ellipsis, each made
// printable by text: the column cuts it once more in the middle, so
// both ends of the key show (A7: a 167-byte key cut at 64 bytes, then in
// the middle, showed neither its start nor its end whole).
func keyEnds(b []byte, limit int, text func([]byte) string) string {
	if len(b) <= limit {
		return text(b)
	}
	h, t := limit/2, len(b)-limit/2
	for h > 0 && !utf8.RuneStart(b[h]) {
		h--
	}
	for t < len(b) && !utf8.RuneStart(b[t]) {
		t++
	}
	return text(b[:h]) + model.Ellipsis + text(b[t:])
}

// keyLimit is how many bytes of a key a log line reads in a pane w cells
// wide: the width, at least 64, so a key the row has room for shows
// whole, and a longer one as its two ends (keyEnds).
func keyLimit(w int) int { return max(w, 64) }

// apartWhere widens the position column, up to most cells, until
// different topics on screen no longer read the same when cut in the
// middle (fitWhere gives a topic the room atW leaves). It stays at whereW
// when they already differ or when no width up to most tells them apart.
func apartWhere(recs []model.Record, atW, whereW, most int) int {
	for w := whereW; w <= most; w++ {
		if topicsApart(recs, w-atW) {
			return w
		}
	}
	return whereW
}

// topicsApart reports whether the topics of recs, cut in the middle to
// room cells, read differently wherever they differ.
func topicsApart(recs []model.Record, room int) bool {
	shown := map[string]string{}
	for i := range recs {
		t := recs[i].Topic
		s := draw.FitMiddle(model.PrintableString(t), room)
		if k, ok := shown[s]; ok && k != t {
			return false
		}
		shown[s] = t
	}
	return true
}
