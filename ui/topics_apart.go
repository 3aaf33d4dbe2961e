package ui

import (
	"strings"

	"github.com/washboard/washboard/model"
	"github.com/washboard/washboard/ui/draw"
)

// The Topics list cuts a long topic name where the list's names differ
// (namesApart), judged over every topic the toggle shows, the filter and
// the order aside, as Partitions cuts its topic rows: two topics that
// share a long start and end, `settlement.payments.…eu-west-1.v3` and
// `…us-east-1.v3`, read alike cut in the middle in a narrow box (ut30 X1).

// topicNameLeast is the cells the list's names are judged from: the name
// column's least (16) less the mark gutter.
const topicNameLeast = 16 - markGutterW

// judgeNames settles where the list's names are cut, over all (the
// topics the toggle shows). It runs when the view is rebuilt.
func (p *TopicsPane) judgeNames(all []topicLine) {
	names := make([]string, len(all))
	for i, r := range all {
		names[i] = model.PrintableString(r.name)
	}
	p.view.apart.judge(names, topicNameLeast)
}

// cutName is row r's name cell (cells) in w cells, its name cut where
// the list's names differ, the gutter and an ` internal` kept.
func (p *TopicsPane) cutName(cell string, r topicLine, w int) string {
	if draw.Width(cell) <= w {
		return cell
	}
	name := model.PrintableString(r.name)
	room := w - markGutterW
	if r.internal {
		room -= len(" internal")
	}
	if room < 7 { // too narrow to cut where names differ: as before, in the middle
		return cell
	}
	at := len(markGutter(strings.HasPrefix(cell, markGutter(true)))) // after the gutter, before an ` internal`
	if !strings.HasPrefix(cell[at:], name) {
		return cell
	}
	return cell[:at] + p.view.apart.cut(name, room, room) + cell[at+len(name):]
}
