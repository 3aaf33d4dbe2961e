package ui

import (
	"strings"
	"testing"

	"github.com/washboard/washboard/model"
)

// ut34b-7: Partitions at 200x50 cut topic names with `…` while the grid
// left out the leader and low watermark beside blank cells: which
// columns a box shows was fixed by its width (zoomed or not), not judged
// from the room. The leader and low watermark give way before any name
// is cut, and come back wherever the names are whole and they fit: at
// every size, grid and zoomed, a box never shows them beside a cut name,
// and shows them where the names are short.
func TestPartitionsSpareColumnsBeforeNames(t *testing.T) {
	short := []crossTopic{
		{name: "Student", parts: 2, high: 96, step: 1},
		{name: "laundry-machine-logs", parts: 3, high: 990, step: 3, groups: []string{"laundry-audit"}, lag: 3},
	}
	long := []crossTopic{
		{name: "logistics.fleet.vehicle-telemetry.ap-south-1.v3", parts: 8, high: 1200, step: 2,
			groups: []string{"fleet-telemetry-indexer"}, lag: 40},
		{name: "fraud.detection.scoring-decisions.eu-central-1.v1", parts: 6, high: 90, step: 1},
	}
	for _, tt := range []struct {
		name      string
		topics    []crossTopic
		w, h      int
		zoom      bool
		wantSpare bool // the leader and low watermark show
	}{
		{"short", short, 200, 50, false, true},
		{"short", short, 200, 50, true, true},
		{"short", short, 120, 40, false, false}, // no 4 cells for "ldr" (the low watermark, 0 on every row, tells none apart)
		{"short", short, 80, 24, true, true},    // the topic names are headings: the group and partition names leave room for "ldr"
		{"long", long, 200, 50, false, true},    // so are the long topic names (topicHead)
		{"long", long, 200, 50, true, true},
		{"long", long, 80, 24, false, false},
		{"long", long, 80, 24, true, false},
	} {
		s := model.NewStore(nil, model.DefaultLimits())
		for i := range 3 {
			crossPoll(s, i, tt.topics)
		}
		a := demoApp(t, s, tt.w, tt.h)
		press(a, "4")
		if tt.zoom {
			press(a, "z")
		}
		box := paneBox(a, "─ 4 Partitions")
		if len(box) < 3 {
			t.Fatalf("no Partitions box:\n%s", screen(a))
		}
		words, _ := headingCols(box[1])
		has := " " + strings.Join(words, " ") + " "
		spare := strings.Contains(has, " leader ") || strings.Contains(has, " ldr ") || strings.Contains(has, " low ")
		cut := strings.Contains(strings.ReplaceAll(strings.Join(box[2:], "\n"), rateWaiting, ""), "…") // a rate being measured is no cut name
		if spare && cut {
			t.Errorf("%s %dx%d zoom=%v: the leader or low watermark beside a cut name\n%s", tt.name, tt.w, tt.h, tt.zoom, strings.Join(box, "\n"))
		}
		if spare != tt.wantSpare {
			t.Errorf("%s %dx%d zoom=%v: leader or low shown %v, want %v\n%s", tt.name, tt.w, tt.h, tt.zoom, spare, tt.wantSpare, strings.Join(box, "\n"))
		}
	}
}
