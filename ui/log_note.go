package ui

import (
	"strconv"
	"strings"

	"github.com/washboard/washboard/model"
	"github.com/washboard/washboard/ui/draw"
)

// A note from the tail is something the user must read (a user test of
// issue 14, F15: `⚑ tail: topic inventory-warehouse-…-v3 was delete…`
// was cut at the border while its position column repeated the topic).
// It takes the row from the position column on, says its topic once,
// and wraps under itself over the rows it needs; enter still shows it in
// its detail.

// noteWhere is what a note's row says before its tag: topic/partition
// (just the topic for a word about the whole topic), or nothing when the
// note names them itself ("topic orders was deleted …", "read
// orders/2: …"), so the topic is said once.
func noteWhere(r *model.Record) string {
	topic := model.PrintableString(r.Topic)
	if r.Partition == model.WholeTopic {
		if strings.Contains(r.Note, "topic "+r.Topic) {
			return ""
		}
		return topic
	}
	if strings.Contains(r.Note, r.Topic+"/"+strconv.Itoa(r.Partition)) {
		return ""
	}
	return topic + position(r)
}

// noteLines is a note's row and the rows under it: its time, then its
// topic/partition (noteWhere) and the tagged note, wrapped at spaces
// into the width the time leaves, each row after the first indented to
// where the first row's text starts. A topic too long for a row is cut
// in the middle (the note's detail has it whole).
func (p *LogPane) noteLines(r *model.Record, back bool) []string {
	st := p.c.Styles
	timeW := logTimeWidth(p.w)
	room := max(p.w-timeW, 1)
	where := noteWhere(r)
	if pos := position(r); draw.Width(where) > room-draw.Width(noteTag) && where != "" {
		where = strings.TrimRight(draw.FitMiddle(model.PrintableString(r.Topic), max(room-len(pos)-draw.Width(noteTag), 2)), " ") + pos
	}
	text := noteTag + model.PrintableString(r.Note)
	if where != "" {
		text = where + " " + text
	}
	indent := timeW
	if indent == 0 { // no time column: a hanging indent keeps the note one block
		indent, room = 2, max(room-2, 1)
	}
	lines := draw.Wrap(text, room)
	lead := p.timeCell(r, back)
	for i, l := range lines {
		styled := st.Warn.Render(l)
		if i == 0 && where != "" && strings.HasPrefix(l, where) {
			styled = st.Accent.Render(where) + st.Warn.Render(l[len(where):])
		}
		lines[i] = lead + styled
		lead = strings.Repeat(" ", indent)
	}
	return lines
}

// timeCell is a row's time and the space after it ("" under 60 cells):
// "--:--:--" for a record without one, and marked backMark (the space's
// cell) when back.
func (p *LogPane) timeCell(r *model.Record, back bool) string {
	if logTimeWidth(p.w) == 0 {
		return ""
	}
	st := p.c.Styles
	ts := "--:--:--"
	if !r.Time.IsZero() {
		ts = r.Time.Local().Format("15:04:05")
	}
	if back {
		return st.Warn.Render(ts + backMark)
	}
	return st.Dim.Render(ts) + " "
}

// recordLines draws recs (their cells and columns worked out) in at most
// room rows: a record a row, a note the rows it needs (noteLines), sel's
// lines highlighted when hl. When notes make them more than room, whole
// records give way: from the top (the oldest) while following, so the
// newest stays at the bottom; from the bottom while paused, down to the
// selected record, then from the top, so the selection stays in sight.
// Rows left over rather than standing empty show the end of the record
// above that gave way, wrapped as every note is, its start above the
// box's top as in a scrolled terminal (ut19a H10: it was its start, cut
// and marked …, beside notes wrapped whole), and the start of the record
// below, cut and marked …, as does a note taller than room alone. enter
// shows a note whole.
func (p *LogPane) recordLines(recs []model.Record, cells []logCell, cols logCols, back []bool, sel int, hl bool, room int) []string {
	groups := make([][]string, len(recs))
	total := 0
	for i := range recs {
		r := &recs[i]
		if r.Note != "" {
			groups[i] = p.noteLines(r, back[i])
		} else {
			groups[i] = []string{p.line(r, cells[i], cols, back[i])}
		}
		if hl && i == sel {
			for j, l := range groups[i] {
				groups[i][j] = p.c.Styles.Selected.Render(draw.Fit(l, p.w))
			}
		}
		total += len(groups[i])
	}
	first, last := 0, len(groups)
	for total > room && last-first > 1 {
		if !p.follow && last-1 > sel {
			last--
			total -= len(groups[last])
		} else {
			total -= len(groups[first])
			first++
		}
	}
	var out []string
	if left := room - total; left > 0 && first > 0 && (p.follow || last-1 <= sel) { // the rows left: the end of the record above
		g := groups[first-1]
		out = append(out, g[max(len(g)-left, 0):]...)
	}
	for _, g := range groups[first:last] {
		out = append(out, g...)
	}
	if left := room - len(out); left > 0 && last < len(groups) { // the start of the record below
		out = append(out, capRows(groups[last], left, p.w)...)
	}
	return capRows(out, max(room, 1), p.w)
}
