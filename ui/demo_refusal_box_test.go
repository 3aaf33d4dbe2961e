package ui

import (
	"strings"
	"testing"

	"github.com/washboard/washboard/model"
)

// ut22b N3: in a read-only session at 80x24, `n` in Partitions' 3-row
// grid box alternated: one press gave the refusal the screen, the next
// was judged against that screen, fitted, and went back to the box cut
// mid-sentence (`groups; this session may not write…`). Every press
// shows the refusal whole, from its start.
func TestReadOnlyDemoRefusalIsWholeAtEveryPress(t *testing.T) {
	for _, pane := range []string{"4", "5"} {
		a := testApp(t, 80, 24) // the demo's grid: Partitions and Groups in 3-row boxes
		a.c.Cluster.ReadOnly, a.c.Demos = model.ReadOnlyAll, &recordingDemos{enabled: true}
		press(a, pane)
		for i := range 4 {
			press(a, "n")
			if got := screen(a); !strings.Contains(got, "read-only mode (all): cannot run") {
				t.Fatalf("pane %s, n #%d: the refusal is not shown from its start:\n%s", pane, i+1, got)
			}
		}
	}
}
