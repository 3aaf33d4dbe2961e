package ui

import (
	"strings"
	"testing"

	"github.com/washboard/washboard/model"
)

// A refusal that says to stop a group's consumers names x for a demo
// group washboard runs (ut42a-9), and keeps Kafka's advice for any other
// group, a stopped demo group's included.
func TestActiveMembersRefusalNamesTheDemoStopKey(t *testing.T) {
	for _, tt := range []struct {
		name string
		d    *cursorDemos
		want string
	}{
		{"demo group", &cursorDemos{demo: "audit"}, "only while it has no members: x stops this demo group (in 5 Groups)"},
		{"stopped demo group", &cursorDemos{demo: "audit", stopped: true}, "only while it has no members: " + model.StopConsumersFirst},
		{"other group", &cursorDemos{demo: "billing"}, "only while it has no members: " + model.StopConsumersFirst},
	} {
		t.Run(tt.name, func(t *testing.T) {
			a := adminApp(t, model.ReadOnlyOff, &recordingAdmin{members: 2})
			a.c.Demos = tt.d
			act(a, "5", "D")
			if s := boxText(screen(a)); !strings.Contains(s, strings.ReplaceAll("audit has 2 members; Kafka deletes a group "+tt.want, " ", "")) {
				t.Fatalf("D on audit does not say %q:\n%s", tt.want, screen(a))
			}
		})
	}
}
