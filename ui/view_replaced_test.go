package ui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

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

// On a cluster without the demo's topics the view v replaces has no topic
// there: the outcome says nothing of it, as `v on laundry-machine-logs`
// would send the user to a topic the cluster does not have (ut38b-11).
func TestOpenedViewOverAnAbsentViewSaysNothingOfIt(t *testing.T) {
	for _, spec := range []string{"series key=id fields=amount", "status key=id status=state"} {
		a := foreignApp(t, 80, 24)
		v, err := model.ParseViewSpec("payments", spec)
		if err != nil {
			t.Fatal(err)
		}
		a.Update(openViewMsg{view: v})
		if got := a.viewNote.text; got != "" {
			t.Errorf("%s: the outcome says %q over a view with no topic on this cluster, want nothing", spec, got)
		}
	}
}

// v, w or u with no topic under the cursor say why once: the empty list's
// own line is left out where the notice says it (ut38b-16: `no topic here
// (no topic matches the filter)` over `no topic matches the filter`).
func TestNoTopicUnderTheCursorSaidOnce(t *testing.T) {
	for _, k := range []string{"v", "w", "u"} {
		a := foreignApp(t, 80, 24)
		do(a, "8", "z", "/")
		typeText(a, "nosuchtopic")
		do(a, "enter", k)
		got := ansi.Strip(screen(a))
		var text []string // the box's text as one run of words: a notice wraps
		for _, l := range strings.Split(got, "\n") {
			text = append(text, strings.Fields(strings.Trim(l, "│ "))...)
		}
		if n := strings.Count(strings.Join(text, " "), "no topic matches the filter"); n != 1 {
			t.Errorf("%s: the reason is said %d times, want once:\n%s", k, n, got)
		}
	}
}
