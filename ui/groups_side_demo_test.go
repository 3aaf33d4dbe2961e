package ui

import (
	"strings"
	"testing"
)

// allDemos says every group is a demo group.
type allDemos struct{ recordingDemos }

func (d *allDemos) IsDemo(string) bool { return true }

// A demo group's outcome under the 80x24 grid's Groups box does not leave
// the side view only its "… N more (↓)" line (ut16b E8): the view keeps
// its group's name, state and lag in sight.
func TestSideViewKeepsItsGroupUnderADemoOutcome(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {200, 50}} {
		a := lagApp(t, size[0], size[1], Cluster{Name: "127.0.0.1:9092"}, &allDemos{recordingDemos{enabled: true}})
		press(a, "5", "+", "+", "]", "enter")
		s := screen(a)
		assertFits(t, s, size[0], size[1])
		box := boxOf(s, "5 Groups")
		for _, want := range []string{"audit", "lag"} {
			if !strings.Contains(box, want) {
				t.Errorf("%dx%d: the side view does not show %q under the outcome:\n%s", size[0], size[1], want, s)
			}
		}
	}
}
