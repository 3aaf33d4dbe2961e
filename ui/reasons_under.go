package ui

import (
	"strings"

	"github.com/washboard/washboard/model"
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

// fitPage settles a list of n entries, entry i taking lines(i) lines
// whole and at least least(i) with its reason's head cut to its least
// (reasonRoom), into height lines: the first entry shown (offset, as
// scroller.clamp left it, so the cursor's entry is at or after it) moves
// on until the cursor's entry fits, back while entries above fit too; it
// returns the first entry and how many fit from it (at least one).
func fitPage(cursor, offset, n, height int, lines func(int) (whole, least int)) (first, shown int) {
	if n == 0 {
		return 0, 0
	}
	// A row after the first whose reason does not fit whole is shown
	// still, its reason cut to the lines left (reasonIn: its head first,
	// then its words at a word's end, marked `…`), unless it is the
	// cursor's, which gets its reason whole (ut32b Zb3: the 80x24 grid
	// showed one row above an empty one while 300 more existed). A row is
	// never left out for its reason while its own line fits: the box
	// showed blank lines where the rows the reasons explain belonged
	// (ut39-8, ut38b-15: a topic's row over two blank lines in a 3-row
	// box, its group rows gone).
	count := func(from int) (k, used int) {
		for i := from; i < n; i++ {
			l, _ := lines(i)
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
	whole := func(i int) int { l, _ := lines(i); return l }
	first, used := cursor, whole(cursor)
	for first > 0 && used+whole(first-1) <= height {
		first--
		used += whole(first)
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
	last := strings.TrimRight(lines[room-1], " ")
	if draw.Width(last) >= w { // the mark takes the last word's place: never a word cut in it (ut33 Zb3: `within th…`)
		cut := draw.Truncate(last, max(w-1, 1), "") // never inside an escape of a group id
		if i := strings.LastIndex(strings.TrimRight(cut, " "), " "); i > 0 && strings.TrimSpace(cut[:i]) != "" {
			cut = cut[:i]
		}
		last = strings.TrimRight(cut, " ")
	}
	lines[room-1] = last + "…"
	return lines
}

// reasonRoom is the lines a row takes with its reason (reason, its
// head at, as reasonIn takes them) under it: whole, and at least, its
// head cut to its least so its words are whole (fitPage).
func reasonRoom(reason, at string, w, indent int) (whole, least int) {
	whole = 1 + len(reasonWrapped(reason, at, w, indent))
	if words, ok := reasonWords(reason, at); ok {
		head := model.PrintableString(at)
		return whole, 1 + len(reasonLines(cutHead(head, headLeast(head))+": "+words, w, indent))
	}
	return whole, whole
}

// reasonWords is what reason says after its head at and ": ", and
// whether it has that head: only a head the row names (a partition,
// model.GroupLag.ReasonAt) is ever cut; a reason without one is words
// to its end (ut33 Q2: `assigned …ed offset: no lag to show`, the words
// before its colon cut as if they were a topic).
func reasonWords(reason, at string) (string, bool) {
	if at == "" {
		return "", false
	}
	words, ok := strings.CutPrefix(model.PrintableString(reason), model.PrintableString(at)+": ")
	return words, ok
}

// headLeast is the fewest cells a reason's head is cut to: its end from
// the topic's last `/` (the partition and how many more share its word)
// after `…`, or the whole head where it names no topic (`p0 (+1 OK)`).
func headLeast(head string) int {
	i := strings.LastIndex(head, "/")
	if i < 0 {
		return draw.Width(head)
	}
	return 1 + draw.Width(head[i:])
}

// cutHead is head in k cells: the topic cut in its middle, the partition
// and the count after it kept whole (headLeast).
func cutHead(head string, k int) string {
	hw := draw.Width(head)
	i := strings.LastIndex(head, "/")
	if k >= hw || i < 0 {
		return head
	}
	topic, end := head[:i], head[i:]
	if tw := k - draw.Width(end); tw >= 5 {
		return strings.TrimRight(draw.FitMiddle(topic, tw), " ") + end
	}
	return draw.Ellipsis + end
}

// reasonIn is reason under its row in at most room lines w cells wide
// (reasonLines, capLines): where it does not fit whole, its head at (the
// topic and partition before `: `) is cut in the middle, keeping its
// partition, so the words that say why fit (ut32b Zb3: the 80x24 grid's
// Groups read `settlement.payments.reconciliation-…`, no words); a reason
// with no head is never cut in its middle. Where the lines still do not
// fit, the reason takes every cell of its lines, its indent too, before
// a word goes (ut37-20: `   p0 (+5 WARN): lag rose on every…` and three
// blank cells, where the words fit whole from the row's first cell).
// Only a box too short for the cursor's row and its words then cuts
// them, at a line's end, marked `…`.
func reasonIn(reason, at string, w, indent, room int) []string {
	lines := reasonIndented(reason, at, w, indent, room)
	out := capLines(lines, room, w)
	if len(lines) > room && indent > 0 && room > 0 {
		flush := reasonIndented(reason, at, w, 0, room)
		if f := capLines(flush, room, w); len(flush) <= room || reasonKept(f) > reasonKept(out) {
			out = f
		}
	}
	return out
}

// reasonKept is the cells of words lines keep, indents aside.
func reasonKept(lines []string) int {
	n := 0
	for _, l := range lines {
		n += draw.Width(strings.TrimSpace(l))
	}
	return n
}

// reasonIndented is reason's lines at indent, its head cut where that
// brings them within room (reasonIn), not yet capped to room.
func reasonIndented(reason, at string, w, indent, room int) []string {
	lines := reasonWrapped(reason, at, w, indent)
	words, ok := reasonWords(reason, at)
	if len(lines) <= room || room <= 0 || !ok {
		return lines
	}
	head := model.PrintableString(at)
	hw, least := draw.Width(head), headLeast(head)
	for k := hw - 1; k >= least; k-- {
		if cut := reasonLines(cutHead(head, k)+": "+words, w, indent); len(cut) <= room {
			return cut
		}
	}
	return reasonLines(cutHead(head, least)+": "+words, w, indent)
}

// reasonWrapped is reason's lines at indent, whole: a reason is a
// sentence, wrapped, never cut; only a head (its topic and partition)
// wider than a line is cut, in the topic's middle, to a line (ut39-16,
// ut38a-30: a topic that fits a line is not cut to `…/0` while the box
// has the lines for it).
func reasonWrapped(reason, at string, w, indent int) []string {
	words, ok := reasonWords(reason, at)
	head := model.PrintableString(at)
	name, count, _ := strings.Cut(head, " (") // the topic and partition; the count of others after
	if line := max(w-indent, 8); ok && draw.Width(name) > line {
		more := draw.Width(head) - draw.Width(name) // " (+1 OK)", wrapped after the name
		if count == "" {
			more = 0
		}
		return reasonLines(cutHead(head, max(line+more, headLeast(head)))+": "+words, w, indent)
	}
	return reasonLines(model.PrintableString(reason), w, indent)
}
