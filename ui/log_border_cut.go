package ui

import (
	"github.com/charmbracelet/x/ansi"

	"github.com/washboard/washboard/model"
	"github.com/washboard/washboard/ui/draw"
)

// borderCut is name in w cells for the Log border's list of the topics
// read, cut so that the cells where it differs from the other names
// (others) show whole: from the first cell at which it differs from any
// name it shares a start with to the last cell before the end it shares
// with that name (ut42b-22: `acme.pay…est-1.v2` and `acme.pay…east-1.v2`
// kept what the payments topics share and dropped their regions; cut
// so, `acme.…eu-west-1.v2`). The cut is in the middle where that shows
// those cells, else moved towards them, else a window on them between two
// ellipses; in the middle where they do not fit in w at all.
func borderCut(name string, others []string, w int) string {
	nw := draw.Width(name)
	if nw <= w {
		return name
	}
	lo, hi := differCells(name, others)
	if lo < 0 || hi-lo+1 > w-2 {
		return draw.FitMiddle(name, w)
	}
	head := (w - 1 + 1) / 2 // FitMiddle's split: the head takes the odd cell
	tail := w - 1 - head
	switch {
	case hi < head || lo >= nw-tail: // the middle cut shows them
	case nw-lo <= w-1: // in the tail
		tail = nw - lo
		head = w - 1 - tail
	case hi+1 <= w-1: // in the head
		head = hi + 1
		tail = w - 1 - head
	default: // a window on them
		from := max(lo-(w-2-(hi-lo+1))/2, 1)
		from = min(from, nw-(w-2)-1)
		return model.Ellipsis + ansi.Cut(name, from, from+w-2) + model.Ellipsis
	}
	return ansi.Cut(name, 0, head) + model.Ellipsis + ansi.Cut(name, nw-tail, nw)
}

// differCells is the cells [lo, hi] of name in which it differs from
// the names of others that share at least its first sameStart cells
// with it, each from where they part to where their shared end starts;
// lo -1 when no other name shares such a start.
func differCells(name string, others []string) (lo, hi int) {
	lo, hi = -1, -1
	nw := draw.Width(name)
	for _, o := range others {
		if o == name {
			continue
		}
		s := draw.Width(name[:commonStart(name, o)])
		if s < sameStart {
			continue
		}
		e := nw - draw.Width(name[len(name)-commonEnd(name, o):]) - 1
		e = max(e, s) // one name the other's start: its next cell
		if lo < 0 || s < lo {
			lo = s
		}
		hi = max(hi, min(e, nw-1))
	}
	return lo, hi
}
