package ui

import (
	"strings"
	"testing"

	"github.com/washboard/washboard/ui/draw"
)

// ut42b-24: the 80x24 grid laid out while no group read the cluster kept
// that layout once a group started reading: the group's row under its
// partition said only its rate, no lag or health, beside Groups' lag 32,
// until a zoom fitted afresh. Lag and health never go: they come in with
// the first group, at every size, zoomed or not.
func TestPartitionsTakeTheGroupColumnsWhenAGroupArrives(t *testing.T) {
	for _, sz := range []struct {
		w, h int
		zoom bool
	}{{80, 24, false}, {80, 24, true}, {200, 50, false}} {
		topics := []crossTopic{ // the tester's cluster: long names, the leader telling partitions apart
			{name: "acme.customer-notifications.email-delivery-status.eu-central-1.v1", parts: 12, high: 0},
			{name: "acme.payments.settlement-events.eu-west-1.v2", parts: 12, high: 900, step: 2},
			{name: "acme.payments.settlement-events.us-east-1.v2", parts: 6, high: 20},
			{name: "inventory-snapshots", parts: 4, high: 20, step: 1, lag: 32}}
		s, a := crossApp(t, topics, [2]int{sz.w, sz.h}, sz.zoom)
		for i := 1; i <= 6; i++ { // laid out and held with no group
			crossPoll(s, i, topics)
			a.version = s.Version()
			screen(a)
		}
		topics[3].groups = []string{"warehouse-projection-service-eu-central-1"}
		for i := 7; i <= 9; i++ {
			crossPoll(s, i, topics)
			a.version = s.Version()
		}
		box := paneBox(a, "─ 4 Partitions")
		if len(box) < 3 {
			t.Fatalf("%dx%d: no Partitions box:\n%s", sz.w, sz.h, screen(a))
		}
		words, _ := headingCols(box[1])
		head := " " + strings.Join(words, " ") + " "
		for _, want := range []string{" lag ", " health "} {
			if !strings.Contains(head, want) {
				t.Errorf("%dx%d zoom %v: no%scolumn once a group reads the topic: %q\n%s", sz.w, sz.h, sz.zoom, want, head, strings.Join(box, "\n"))
			}
		}
	}
}

// The hold itself: a layout held from before any group (no lag or health
// column) is not kept when the lag and health have something to show,
// though a fresh fit leaves out a column the held one showed (the rate,
// for the new group's name): the columns that never go come first.
func TestPartitionsHoldGivesWayToColumnsThatNeverGo(t *testing.T) {
	cols := []draw.Col{
		{Title: "partition/group", Name: true, Min: 20, Want: 45},
		{Title: "high", Want: 4, Drop: 8},
		{Title: "lag", Want: 3},
		{Title: "rate", Want: 6, Drop: 7},
		{Title: "health", Want: 4},
	}
	h := &fitHold{key: "k", f: draw.Fitted{Widths: []int{20, 4, 0, 6, 0}, Titles: []string{"partition", "high", "", "rate", ""}}}
	fresh := draw.Fitted{Widths: []int{20, 4, 3, 0, 6}, Titles: []string{"partition/group", "high", "lag", "", "health"}}
	got := h.apply("k", 38, cols, []int{0, 4, 3, 6, 4}, fresh)
	if got.Widths[2] == 0 || got.Widths[4] == 0 {
		t.Errorf("held layout kept without lag and health: %v %q", got.Widths, got.Titles)
	}
}
