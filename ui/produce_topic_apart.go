package ui

import (
	"strings"

	"github.com/washboard/washboard/model"
	"github.com/washboard/washboard/ui/draw"
)

// topicApart is where a topic the form shows in too few cells is cut: at
// the part that tells it from the cluster's other topics (ut32b Zb5: at
// 80x24 the field said `customer-noti…` and the delivery `cus…idle/2@0`
// for both `…-archive-2026-idle` and `…-2027-idle`; Partitions reads them
// apart). The shared start and end are worked out once per topic and
// list (a scan of the cluster's names), not per frame.
type topicApart struct {
	name string
	n    int // how many topics the cluster had when judged
	ends nameEnds
}

// judge works out what name shares with the others of topics at its
// start and end, unless it did for the same name and count.
func (t *topicApart) judge(name string, topics []string) {
	if name == t.name && len(topics) == t.n {
		return
	}
	t.name, t.n, t.ends = name, len(topics), nameEnds{}
	for _, o := range topics {
		if o == name {
			continue
		}
		p, q := commonStart(name, o), commonEnd(name, o)
		t.ends.p = max(t.ends.p, draw.Width(name[:p]))
		t.ends.q = max(t.ends.q, draw.Width(name[len(name)-q:]))
	}
}

// cut is name in w cells: whole where it fits, else as plain cuts it
// (plain: the field's start, the delivery's middle) where that already
// reads as no other topic's, else cut where it differs from the
// cluster's other topics (ownCut); printable.
func (t *topicApart) cut(name string, w int, plain func(string, int) string) string {
	name = model.PrintableString(name)
	nw := draw.Width(name)
	switch {
	case nw <= w:
		return name
	case name != model.PrintableString(t.name):
		return plain(name, w)
	}
	if c := plain(name, w); t.apart(c) {
		return c
	}
	a := namesApart{ends: map[string]nameEnds{name: t.ends}}
	return a.ownCut(name, nw, w, w)
}

// apart says cut (t's name cut with one ellipsis) shows more of the
// name's start or end than any other topic shares with it.
func (t *topicApart) apart(cut string) bool {
	head, tail, ok := strings.Cut(cut, model.Ellipsis)
	if !ok {
		return true
	}
	return draw.Width(head) > t.ends.p || draw.Width(strings.TrimRight(tail, " ")) > t.ends.q
}
