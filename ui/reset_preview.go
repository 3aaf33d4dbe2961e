package ui

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/washboard/washboard/model"
	"github.com/washboard/washboard/ui/draw"
)

// resetNote is what a reset preview says of one partition beyond its
// numbers: long in a wide box, short with a line saying what it means
// when the long one would squeeze the table.
type resetNote struct{ long, short, legend string }

var (
	noteNewCommit = resetNote{"(new commit)", "new commit", "new commit: the group has no offset there yet"}
	// a target outside the log says which end it went to (ut15a A4), in
	// the same words whatever put it there: a time before the oldest
	// record lands on the log start as an offset below it does (ut16b E2)
	noteClampedEnd   = resetNote{"(clamped to the log end)", "log end", "log end: the target is past the newest offset, so the offset is the log end"}
	noteClampedStart = resetNote{"(clamped to the log start)", "log start", "log start: the target is before the oldest offset kept, so the offset is the log start"}
	noteLogStart     = resetNote{"(clamped to the log start)", "log start",
		"log start: the time is before the oldest record, so the offset is the log start"}
	noteTimeEnd = resetNote{"(clamped to the log end)", "log end", "log end: the time is after the newest record, so the offset is the log end"}
)

// resetPreview is the plan as lines with no width to fit (the table at its
// content's width, each note in full).
func resetPreview(p model.ResetPlan) []string { return resetPreviewAt(p, 0) }

// resetPreviewAt is the plan as lines for a box w cells wide (0: any
// width): what, where and to which time, a table of partitions with the
// current offset, the new one and the lag after, then the totals. The
// table is sized to its content, the numbers first: a long topic is cut in
// the middle (its partition kept) and the notes go short, with a line
// saying what each means, before any number could be lost.
func resetPreviewAt(p model.ResetPlan, w int) []string {
	head := []string{"partition", "current", "new", "lag after"}
	rows := make([][]string, 0, len(p.Rows))
	notes := make([]*resetNote, 0, len(p.Rows))
	var before, after int64
	uncommitted := 0
	for _, r := range p.Rows {
		cur := "-"
		if r.Current >= 0 {
			cur = model.Thousands(r.Current)
			before += r.High - max(r.Current, r.Low)
		} else {
			uncommitted++
		}
		after += r.LagAfter()
		var note *resetNote
		switch {
		case r.Current < 0:
			note = &noteNewCommit
		case r.Clamped && p.Target.Kind == model.ResetTime:
			note = &noteTimeEnd
		case r.Clamped && clampedPastEnd(p.Target, r):
			note = &noteClampedEnd
		case r.Clamped:
			note = &noteClampedStart
		case p.Target.Kind == model.ResetTime && r.New == r.Low && r.High > r.Low:
			note = &noteLogStart
		}
		name := model.PrintableString(r.Topic) + "/" + strconv.Itoa(r.Partition)
		rows = append(rows, []string{name, cur, model.Thousands(r.New), model.Thousands(r.LagAfter())})
		notes = append(notes, note)
	}
	const gap = 2
	longNote, shortNote := 0, 0
	for _, n := range notes {
		if n != nil {
			longNote = max(longNote, 1+draw.Width(n.long))
			shortNote = max(shortNote, gap+draw.Width(n.short))
		}
	}
	widths, short := resetWidths(head, rows, w, longNote, shortNote)
	// A name the table would cut goes on a line of its own, whole, its
	// partitions under it as `/N`: the cut hid the part of a long topic
	// that tells it from its neighbours while the notes kept 12 blank
	// cells on most rows (ut32b Zb12).
	byTopic := w > 0 && widths[0] < maxWidth(rows, 0)
	if byTopic {
		for i, r := range p.Rows {
			rows[i][0] = "/" + strconv.Itoa(r.Partition)
		}
		widths, short = resetWidths(head, rows, w, longNote, shortNote)
	}
	line := func(cells []string) string {
		var b strings.Builder
		b.WriteString(draw.FitMiddle(cells[0], widths[0]))
		for i := 1; i < len(cells); i++ {
			b.WriteString(strings.Repeat(" ", gap))
			b.WriteString(fmt.Sprintf("%*s", widths[i], cells[i]))
		}
		return b.String()
	}
	var legends, table []string
	used := map[*resetNote]bool{}
	for i, r := range rows {
		if byTopic && (i == 0 || p.Rows[i].Topic != p.Rows[i-1].Topic) {
			table = append(table, model.PrintableString(p.Rows[i].Topic))
		}
		l := line(r)
		if n := notes[i]; n != nil {
			if short {
				l += strings.Repeat(" ", gap) + n.short
				if !used[n] {
					used[n] = true
					legends = append(legends, n.legend)
				}
			} else {
				l += " " + n.long
			}
		}
		table = append(table, l)
	}
	// what the short notes mean comes before the rows, read first
	lines := []string{fmt.Sprintf("%s on %s to %s:", model.PrintableString(p.Group), model.PrintableString(p.Scope.String()), p.Target)}
	lines = append(lines, legends...)
	lines = append(lines, strings.TrimRight(line(head), " "))
	lines = append(lines, table...)
	if len(p.Skipped) > 0 {
		lines = append(lines, fmt.Sprintf("skipped (no commit, a shift moves committed offsets only): %s", tpList(p.Skipped)))
	}
	if len(p.NotCommitted) > 0 { // on every topic: never reset, so never unsaid (ut36b-11)
		lines = append(lines, fmt.Sprintf("not committed, left to the consumer's auto.offset.reset: %s", tpList(p.NotCommitted)))
	}
	afterWords := lagWords(after)
	if len(p.NotCommitted) > 0 {
		afterWords += "+" // their lag is unknown after as before: a floor
	}
	return append(lines, fmt.Sprintf("%s: lag %s, %s after", model.Plural(len(p.Rows), "partition"),
		lagNow(before, uncommitted+len(p.NotCommitted), len(p.Rows)+len(p.NotCommitted)), afterWords))
}

// tpList is partitions as `orders/1, /4, audit/0`, their topics printable.
//
// A topic is named once for the partitions of it that follow one another,
// as the outcome's lines say them (`orders/0 9→54 /1 9→54`): `payments…v2/1,
// /6, /7`, not the 52-character name seven times (ut38b-5).
func tpList(tps []model.TP) string {
	names := make([]string, 0, len(tps))
	for i, tp := range tps {
		name := "/" + strconv.Itoa(tp.Partition)
		if i == 0 || tps[i-1].Topic != tp.Topic {
			name = model.PrintableString(tp.Topic) + name
		}
		names = append(names, name)
	}
	return strings.Join(names, ", ")
}

// resetWidths is the reset table's column widths for a box w cells wide
// (0: any width), and whether its notes go short. The names keep their
// content's width before the long notes: all notes go short (one style
// for the preview) before a name is cut, and only then is it cut.
func resetWidths(head []string, rows [][]string, w, longNote, shortNote int) ([]int, bool) {
	const gap = 2
	widths := make([]int, len(head))
	for i, h := range head {
		widths[i] = max(len(h), maxWidth(rows, i))
	}
	if w <= 0 {
		return widths, false
	}
	numbers := widths[1] + widths[2] + widths[3] + 3*gap
	if room := w - numbers - longNote; room < widths[0] {
		widths[0] = min(widths[0], max(w-numbers-shortNote, len(head[0])))
		return widths, true
	}
	return widths, false
}

// maxWidth is the widest cell of column i.
func maxWidth(rows [][]string, i int) int {
	n := 0
	for _, r := range rows {
		n = max(n, draw.Width(r[i]))
	}
	return n
}

// clampedPastEnd says a clamped target went past the log end (else it was
// before the log start), from where the target pointed, not from where it
// landed: on an empty partition the two ends are one offset (ut24a P8: a
// shift of -100 from 0 read "past the newest offset").
func clampedPastEnd(t model.ResetTarget, r model.ResetRow) bool {
	switch t.Kind {
	case model.ResetExact:
		return t.Offset > r.High
	case model.ResetShift:
		base := r.Current
		if base < 0 {
			base = r.Low
		}
		return base+t.Shift > r.High
	}
	return r.New >= r.High
}

// unchanged is the refusal of a reset that moves no committed offset and
// writes no new one ("" when it changes something): said at the preview,
// not confirmed with the group's name (ut24a P8).
func unchanged(p model.ResetPlan) string {
	if len(p.Rows) == 0 {
		return ""
	}
	var lag int64
	for _, r := range p.Rows {
		if r.Current < 0 || r.New != r.Current {
			return ""
		}
		lag += r.LagAfter()
	}
	return fmt.Sprintf("nothing to change: %s's committed offsets on %s are already where %s puts them (lag %s stays)",
		quote(p.Group), model.Plural(len(p.Rows), "partition"), p.Target, lagWords(lag))
}

// lagNow is the preview's total lag before the reset in the words the
// Groups list uses: a partition with no commit has no lag to add, so
// with none committed it is "- now (N partitions not committed)", never a
// 0 that reads as caught up (ut21a K7-4: "lag 0 now" for a partition whose
// row said -), and with some "326+ now (N partitions not committed)": the
// figure the Groups list shows for the group, a floor there too, members
// or not (model/not_committed.go; ut36b-11: `lag 25 now` beside `25+`).
func lagNow(lag int64, uncommitted, rows int) string {
	not := " now (" + model.Plural(uncommitted, "partition") + " not committed)"
	switch {
	case uncommitted == 0:
		return lagWords(lag) + " now"
	case uncommitted == rows:
		return "-" + not
	}
	return lagWords(lag) + "+" + not
}

// lagWords is a lag in a sentence: a group committed past the high
// watermark reads "ahead 4,000", as the topic detail and Partitions say
// it; the "-4,000" form is for columns too tight for the words (ut28a U9:
// "2 partitions: lag -4,000 now" in a sentence with room to spare).
func lagWords(lag int64) string {
	if lag < 0 {
		return "ahead " + model.Thousands(-lag)
	}
	return model.Thousands(lag)
}
