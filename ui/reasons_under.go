package ui

import (
	"strings"

	"github.com/charmbracelet/x/ansi"

	"github.com/washboard/washboard/ui/draw"
)

// With `r`, Groups and Partitions write each row's health reason under
// the row, whole, wrapped at the box's width (ut16b E27: in the 80x24
// grid a reason in a column of its own was cut to "orders/0:…", nothing
// of it left), and the row keeps its columns. A row then takes one line
// and its reason's; the list shows the rows whose lines fit the box,
// the cursor's always (fitPage).

// reasonLines is reason wrapped at w cells less indent, each line
// indented; nothing for no reason.
func reasonLines(reason string, w, indent int) []string {
	if reason == "" {
		return nil
	}
	lines := draw.Wrap(reason, max(w-indent, 8))
	for i, l := range lines {
		lines[i] = strings.Repeat(" ", indent) + l
	}
	return lines
}

// fitPage settles a list of n entries, entry i taking lines(i) lines,
// into height lines: the first entry shown (offset, as scroller.clamp
// left it, so the cursor's entry is at or after it) moves on until the
// cursor's entry fits, back while entries above fit too; it returns
// the first entry and how many fit from it (at least one).
func fitPage(cursor, offset, n, height int, lines func(int) int) (first, shown int) {
	if n == 0 {
		return 0, 0
	}
	// A row after the first whose reason does not fit whole is shown
	// still, its reason cut to the lines left (reasonIn), unless it is
	// the cursor's, which gets its reason whole (ut32b Zb3: the 80x24
	// grid showed one row above an empty one while 300 more existed).
	count := func(from int) (k, used int) {
		for i := from; i < n; i++ {
			l := lines(i)
			if k > 0 && used+l > height {
				if i != cursor && used < height {
					k++
				}
				break
			}
			k, used = k+1, used+l
		}
		return k, used
	}
	k, _ := count(offset)
	if cursor < offset+k {
		return offset, k
	}
	first, used := cursor, lines(cursor)
	for first > 0 && used+lines(first-1) <= height {
		first--
		used += lines(first)
	}
	k, _ = count(first)
	return first, k
}

// capLines is lines kept to room lines (none below one): in a box too
// short for a row's whole reason (the 80x24 grid, a long topic name in
// it) the last line kept ends in "…", so the cut shows; `z` gives the
// reason the screen.
func capLines(lines []string, room, w int) []string {
	if len(lines) <= room {
		return lines
	}
	if room <= 0 {
		return nil
	}
	lines = lines[:room]
	last := draw.Truncate(lines[room-1], max(w-1, 1), "") // never inside an escape of a group id
	lines[room-1] = strings.TrimRight(last, " ") + "…"
	return lines
}

// minReasonHead is the fewest cells a reason's head (its topic and
// partition, before `: `) is cut to so that its words fit.
const minReasonHead = 12

// reasonIn is reason under its row in at most room lines w cells wide
// (reasonLines, capLines): where it does not fit whole, its head (the
// topic and partition before `: `) is cut in the middle, keeping its
// end, so the words that say why fit (ut32b Zb3: the 80x24 grid's Groups
// read `settlement.payments.reconciliation-…`, no words).
func reasonIn(reason string, w, indent, room int) []string {
	lines := reasonLines(reason, w, indent)
	if len(lines) <= room || room <= 0 {
		return capLines(lines, room, w)
	}
	head, words, ok := strings.Cut(reason, ": ")
	if !ok {
		return capLines(lines, room, w)
	}
	hw := ansi.StringWidth(head)
	for k := hw - 1; k >= min(minReasonHead, hw); k-- {
		if cut := reasonLines(draw.FitMiddle(head, k)+": "+words, w, indent); len(cut) <= room {
			return cut
		}
	}
	return capLines(reasonLines(draw.FitMiddle(head, min(minReasonHead, hw))+": "+words, w, indent), room, w)
}
