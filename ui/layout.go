package ui

// rect is a pane's box on screen.
type rect struct{ x, y, w, h int }

// paneCount is the number of panes, in their fixed order.
const paneCount = 7

// Pane indexes, in the order of their numbers.
const (
	paneSeries = iota
	paneStatus1
	paneStatus2
	panePartitions
	paneGroups
	paneLog
	paneProduce
)

// layout gives every pane its box for a body of w x h cells. Zoomed, or on
// a terminal too small for the grid, the focused pane takes the whole body
// and the others get an empty box. It is the one place layout is decided.
func layout(w, h, focus int, zoom bool) [paneCount]rect {
	var r [paneCount]rect
	if zoom || w < 60 || h < 16 {
		r[focus] = rect{0, 0, w, h}
		return r
	}
	top := h * 2 / 5
	mid := h / 4
	bot := h - top - mid
	left := w * 3 / 5
	right := w - left
	// Riders above Students on the right of Machines.
	r[paneSeries] = rect{0, 0, left, top}
	r[paneStatus1] = rect{left, 0, right, top / 2}
	r[paneStatus2] = rect{left, top / 2, right, top - top/2}
	r[panePartitions] = rect{0, top, w / 2, mid}
	r[paneGroups] = rect{w / 2, top, w - w/2, mid}
	logW := w * 2 / 3
	r[paneLog] = rect{0, top + mid, logW, bot}
	r[paneProduce] = rect{logW, top + mid, w - logW, bot}
	return r
}

// gridded reports whether the layout shows every pane at once.
func gridded(w, h int, zoom bool) bool { return !zoom && w >= 60 && h >= 16 }
