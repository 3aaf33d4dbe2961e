package ui

import (
	"strings"
	"testing"
	"time"

	"github.com/washboard/washboard/model"
)

// ut43a-23: a filter moved Riders' one-line summary in the grid: its
// prompt came above it, and a filter to one rider re-judged the rows it
// needs. Over frames of simulated time, typing a filter, keeping it and
// dropping it, the summary stays the box's first row, whole, with every
// location, and the list's rows stay under it.
func TestStatusSummaryStaysPutUnderAFilter(t *testing.T) {
	now := fixedNow
	a, s := demoLikeApp(t, 120, 40, &now, true)
	press(a, "2")
	steps := [][]string{{}, {"/"}, {"a"}, {"s"}, {"h"}, {"a"}, {"enter"}, {}, {"/"}, {"z"}, {"z"}, {"esc"}, {}}
	for i, keys := range steps {
		press(a, keys...)
		now = now.Add(5 * time.Second)
		s.Fold([]model.Record{{Topic: model.RiderTopic, Partition: 0, Offset: int64(1000 + i), Time: now,
			Key: []byte("location-update"), Value: []byte(`{"name":"asha","location":"north"}`)}}, now)
		got := screen(a)
		rows := boxRows(t, got, "─ 2 Ri")
		for _, loc := range []string{"east ", "north ", "south ", "west "} {
			if !strings.Contains(rows[0], loc) {
				t.Fatalf("step %d %v: the summary is not the first row (no %q): %q\n%s", i, keys, loc, rows[0], got)
			}
		}
	}
}
