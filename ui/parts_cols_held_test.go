package ui

import (
	"strings"
	"testing"

	"github.com/washboard/washboard/model"
)

// s21 kind 4: on a live cluster at 200x50 `behind` and `eta` left the
// Partitions heading as soon as a group consumed its lag (every group's
// eta "-": the column told no row apart) and came back with the next
// lag, the names moving each time. Over polls whose lag drains to 0 and
// comes back, the heading of a box that keeps its width must not change
// once eta has shown, in the grid and zoomed.
func TestPartitionsColumnsStayAsLagDrains(t *testing.T) {
	long := []crossTopic{
		{name: "logistics.fleet.vehicle-telemetry.ap-south-1.v3", parts: 4, high: 1200, step: 2,
			groups: []string{"fleet-telemetry-indexer"}, lag: 40},
		{name: "fraud.detection.scoring-decisions.eu-central-1.v1", parts: 6, high: 90, step: 1},
	}
	drained := []crossTopic{long[0], long[1]}
	drained[0].lag = 0
	for _, zoom := range []bool{false, true} {
		s := model.NewStore(nil, model.DefaultLimits())
		crossPoll(s, 0, long)
		a := demoApp(t, s, 200, 50)
		press(a, "4")
		if zoom {
			press(a, "z")
		}
		heading := ""
		for i := 1; i <= 12; i++ {
			topics := long
			if i%4 >= 2 { // two polls drained, two behind, and again
				topics = drained
			}
			crossPoll(s, i, topics)
			a.version = s.Version()
			box := paneBox(a, "─ 4 Partitions")
			if len(box) < 3 {
				t.Fatalf("no Partitions box:\n%s", screen(a))
			}
			if heading == "" && strings.Contains(box[1], " eta ") {
				heading = box[1]
			}
			if heading != "" && box[1] != heading {
				t.Errorf("zoom=%v poll %d: the heading changed with the lag\n%s\nwas\n%s\n%s", zoom, i, box[1], heading, strings.Join(box, "\n"))
			}
		}
		if heading == "" {
			t.Errorf("zoom=%v: eta never shown", zoom)
		}
	}
}
