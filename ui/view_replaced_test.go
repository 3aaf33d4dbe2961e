package ui

import (
	"strings"
	"testing"

	"github.com/washboard/washboard/model"
)

// A view opened with v over another topic's view says which it replaced
// and how that one comes back (ut36a-23: Machines gone for the session,
// nothing saying how to get it back); over the same topic's, nothing.
func TestOpenedViewSaysWhatItReplaced(t *testing.T) {
	for _, tt := range []struct {
		topic, spec, want string
	}{
		{"orders", "series key=id fields=amount", "in place of Machines (v on laundry-machine-logs, enter brings it back)"},
		{"payments", "status key=id status=state", "in place of Riders (v on rider-updates, enter brings it back)"},
		{model.StudentTopic, "status key=StudentId status=State", ""},
	} {
		a := historyApp(t, 200, 50, 8)
		v, err := model.ParseViewSpec(tt.topic, tt.spec)
		if err != nil {
			t.Fatal(err)
		}
		a.Update(openViewMsg{view: v})
		if got := a.viewNote.text; got != tt.want {
			t.Errorf("%s: the outcome says %q, want %q", tt.topic, got, tt.want)
		}
		if tt.want != "" && !strings.Contains(screen(a), "in place of") {
			t.Errorf("%s: the outcome is not on screen:\n%s", tt.topic, screen(a))
		}
	}
}
