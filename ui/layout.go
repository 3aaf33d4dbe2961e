package ui

// rect is a pane's box on screen.
type rect struct{ x, y, w, h int }

// paneCount is the number of panes, in their fixed order.
const paneCount = 8

// Pane indexes, in the order of their numbers.
const (
	paneSeries = iota
	paneStatus1
	paneStatus2
	panePartitions
	paneGroups
	paneLog
	paneProduce
	paneTopics
)

// layout gives every pane its box for a body of w x h cells. Zoomed, or on
// a terminal too small for the grid, the focused pane takes the whole body
// and the others get an empty box. foreign is a cluster with none of the
// configured views' topics: the view panes (1-3) give their row to the
// Topics pane, unless one of them has focus. It is the one place layout is
// decided.
//
// On the seed demo's grid, Topics shares the middle row with Partitions and
// Groups when the screen is at least wideGrid cells wide; narrower, Topics
// and Partitions share one box, showing the one last focused (Partitions
// until Topics is), so the demo's grid keeps its widths.
func layout(w, h, focus int, o layoutOpts) [paneCount]rect {
	var r [paneCount]rect
	zoom, foreign := o.zoom, o.foreign
	if zoom || w < 60 || h < 16 {
		r[focus] = rect{0, 0, w, h}
		return r
	}
	top := h * 2 / 5
	mid := h / 4
	bot := h - top - mid
	if o.logEmpty && bot > minEmptyLog && focus != paneLog && focus != paneProduce {
		// A Log with nothing to show keeps what Produce shows in a short
		// box; the tables above get the rest. Focused, Produce (or the
		// Log) has its whole row: a form being filled in and its outcome
		// need it.
		mid, bot = mid+bot-minEmptyLog, minEmptyLog
	}
	logW := w * 2 / 3
	if o.produceW > 0 && w-o.produceW > logW {
		logW = w - o.produceW // Produce's content leaves the Log the rest (ut43a-13)
	}
	r[paneLog] = rect{0, top + mid, logW, bot}
	r[paneProduce] = rect{logW, top + mid, w - logW, bot}
	if foreign {
		first := paneTopics
		if focus <= paneStatus2 {
			first = focus
		}
		// A short topic list gives its spare rows to Partitions and Groups.
		if first == paneTopics && o.topicsRows > 0 && o.topicsRows < top {
			give := top - max(o.topicsRows, minTopicsRows)
			top, mid = top-give, mid+give
		}
		r[first] = rect{0, 0, w, top}
		r[panePartitions] = rect{0, top, w / 2, mid}
		r[paneGroups] = rect{w / 2, top, w - w/2, mid}
		return r
	}
	left := w * 3 / 5
	right := w - left
	// Riders above Students on the right of Machines.
	r[paneSeries] = rect{0, 0, left, top}
	split := top / 2
	if o.emptyStatus2 && top-emptyViewRows > split {
		// Pane 3 without a view says so on one line; the rows go to the
		// view in pane 2 (ut25a Q13: a 2-key view showed one row beside
		// a half-column sentence that could not be read whole).
		split = top - emptyViewRows
	}
	r[paneStatus1] = rect{left, 0, right, split}
	r[paneStatus2] = rect{left, split, right, top - split}
	if w < wideGrid {
		// The focused pane always has the box (keys never go to a pane
		// out of sight); else the one last focused.
		shared := panePartitions
		if focus == paneTopics || o.topics && focus != panePartitions {
			shared = paneTopics
		}
		r[shared] = rect{0, top, w / 2, mid}
		r[paneGroups] = rect{w / 2, top, w - w/2, mid}
		return r
	}
	// Topics, Partitions and Groups share the middle row.
	topicsW := w * 2 / 5
	partsW := (w - topicsW) / 2
	r[paneTopics] = rect{0, top, topicsW, mid}
	r[panePartitions] = rect{topicsW, top, partsW, mid}
	r[paneGroups] = rect{topicsW + partsW, top, w - topicsW - partsW, mid}
	return r
}

// wideGrid is the width from which Topics gets its own box on the seed
// demo's grid.
const wideGrid = 180

// layoutOpts is the session state the layout depends on besides size and
// focus.
type layoutOpts struct {
	zoom    bool
	foreign bool // a cluster without the views' topics (foreign.go)
	topics  bool // Topics, not Partitions, has the shared box (narrow grid)
	// topicsRows is the box height the Topics list needs (borders, the
	// cluster line, the heading and every topic), 0 when it wants all it
	// can get (a topic open, the brokers).
	topicsRows int
	logEmpty   bool // the Log holds no record
	// produceW is the width of Produce's box its content needs (held:
	// App.fitProduceWidth), 0 for the row's third it has at most.
	produceW int
	// emptyStatus2 is pane 3 without a view while pane 2 has one: it
	// keeps emptyViewRows, whatever has focus, and pane 2 the rest.
	emptyStatus2 bool
}

// emptyViewRows is the box of a view pane without a view beside one with:
// its borders and one line, its sentence in the form that fits
// (emptyViewLines).
const emptyViewRows = 3

// minEmptyLog is the height of the Log and Produce row while the Log is
// empty and neither has focus: Produce's topic, key, partition and value,
// and the line the Log says it has nothing on.
const minEmptyLog = 6

// minTopicsRows is the least a short topic list keeps on the foreign
// layout: the toggles (filter, internal topics) need a line or two.
const minTopicsRows = 7

// gridded reports whether the layout shows every pane at once.
func gridded(w, h int, zoom bool) bool { return !zoom && w >= 60 && h >= 16 }
