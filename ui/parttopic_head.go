package ui

import (
	"strings"

	"github.com/washboard/washboard/model"
	"github.com/washboard/washboard/ui/draw"
)

// A Partitions topic row is a heading line over its groups and
// partitions, not a row of the table: `laundry-machine-logs (6) · high
// 5,224 · 14.0/s`, its figures labelled inline (the lead's design after
// ut39-8, ut39-11, ut38a-9, ut38b-12, ut37-2/11/17, ut36a-9: in the name
// column the topic's name was cut, `laund…-logs (6)`, while the row left
// its commit, lag and health cells blank, and its sum set the width of
// the `high` column every partition row then padded). The name is whole
// wherever the box holds it; the figures go first (low, then the rate,
// then high), and the name is cut in the middle, where the list's topic
// names differ, only when even `name (N)` does not fit the box. The
// table's columns are sized from the partition and group rows alone.

// topicHead is topic row d's heading line, w cells at most.
func (t *partTable) topicHead(d *rowData) string {
	name := model.PrintableString(d.r.topic)
	suffix := " (" + itoa(d.parts) + ")"
	all := []headPiece{{"low", count(d.low)}, {"high", count(d.high)}, {"", rateSaid(d.rate, d.rateUnknown, d.rateWait)}}
	if !t.showsLow() {
		all = all[1:]
	}
	nw, room := draw.Width(name), t.w-len(suffix)
	apart := t.topics
	if apart == nil { // a table made without the list's judgment: cut plainly
		apart = &namesApart{}
	}
	// fewer figures, the least telling first, until the line fits; where
	// the bare name is cut anyway, it is cut further to keep its high
	// watermark, down to partTopicLeast cells
	for k := len(all); k >= 0; k-- {
		ps := dropHeadPieces(all, k)
		left := room - headPiecesW(ps)
		switch {
		case nw <= left:
			return t.headLine(name, suffix, ps)
		case nw > room && k <= 1 && left >= partTopicLeast:
			return t.headLine(apart.cut(name, left, left), suffix, ps)
		case k == 0:
			return t.headLine(apart.cut(name, room, room), suffix, nil)
		}
	}
	return ""
}

// headLine is a topic's heading: its name, its ` (N)` and its figures,
// each after a dim ` · `.
func (t *partTable) headLine(name, suffix string, ps []headPiece) string {
	var b strings.Builder
	b.WriteString(t.st.Header.Render(name) + t.st.Dim.Render(suffix))
	for _, p := range ps {
		b.WriteString(t.st.Dim.Render(" · "))
		if p.label != "" {
			b.WriteString(t.st.Dim.Render(p.label + " "))
		}
		b.WriteString(p.value)
	}
	return b.String()
}

// headPiecesW is the cells ps take after a topic's name, each with its
// ` · ` and label.
func headPiecesW(ps []headPiece) int {
	w := 0
	for _, p := range ps {
		w += 3 + draw.Width(p.value)
		if p.label != "" {
			w += len(p.label) + 1
		}
	}
	return w
}

// dropHeadPieces is the k pieces of all kept, in their order: the low
// watermark goes first, then the rate, and the high watermark last (it
// says how much the topic holds).
func dropHeadPieces(all []headPiece, k int) []headPiece {
	order := []int{len(all) - 2, len(all) - 1} // high, then the rate, kept longest
	if len(all) == 3 {
		order = []int{1, 2, 0}
	}
	if k >= len(all) {
		return all
	}
	keep := map[int]bool{}
	for _, i := range order[:k] {
		keep[i] = true
	}
	var out []headPiece
	for i, p := range all {
		if keep[i] {
			out = append(out, p)
		}
	}
	return out
}

// headPiece is a figure of a topic's heading and its label ("" for a
// rate, whose "/s" says what it is).
type headPiece struct{ label, value string }

// showsLow is whether the table shows the low watermark's column: the
// topic's heading then says its low watermark too.
func (t *partTable) showsLow() bool {
	for i, h := range t.titles() {
		if h == "low" && i < len(t.widths) {
			return t.widths[i] > 0
		}
	}
	return false
}
