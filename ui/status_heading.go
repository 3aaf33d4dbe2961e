package ui

import (
	"cmp"
	"strings"

	"github.com/washboard/washboard/model"
	"github.com/washboard/washboard/ui/draw"
)

// statusHeading names a status view's status column in words: the status
// field's name, "partition" for a view of the partition
// (model.PartitionStatus, whose raw syntax `@partition` is no heading:
// ut21a K3-1), "status" when unnamed.
func statusHeading(v *model.TopicView) string {
	if v.Status == model.PartitionStatus {
		return "partition"
	}
	return cmp.Or(model.PrintableString(v.Status), "status")
}

// statusHeadingIn is the status heading as it fits w cells: whole, or a
// partition view's short forms `part` and `p` (with the sort mark when
// sorted by it), never cut mid-word (ut21a K3-1: `@partiti…`).
func statusHeadingIn(v *model.TopicView, heading string, w int) string {
	if draw.Width(heading) <= w || v.Status != model.PartitionStatus {
		return heading
	}
	mark := ""
	if strings.HasSuffix(heading, "▼") {
		mark = "▼"
	}
	if short := "part" + mark; draw.Width(short) <= w {
		return short
	}
	return "p" + mark
}

// statusName is a status as the one-line summary says it: a partition
// view's partition as `p1`, so `p1 4 · p2 1` does not read as four
// numbers (ut21a K6-3).
func statusName(v *model.TopicView, name string) string {
	if v.Status == model.PartitionStatus {
		return "p" + name
	}
	return model.PrintableString(name)
}

// ageCell is an age padded to ageWidth, so the text after it holds still
// as ages pass 9s and 59s (ut21a K4-3: the latest changes' names moved).
func ageCell(s string) string {
	if n := ageWidth - draw.Width(s); n > 0 {
		return s + strings.Repeat(" ", n)
	}
	return s
}
