package ui

import (
	"strings"
	"testing"
)

// Help is modal: letters typed while it is open never reach a pane hidden
// under it (p used to start editing Produce, and the next letters went
// into its topic field); a pane's number or p shows that pane's keys
// without starting an edit; esc closes it with nothing changed. The help
// lists every global key, c included.
func TestHelpIsModal(t *testing.T) {
	a := testApp(t, 80, 24)
	press(a, "1", "?")
	if !strings.Contains(screen(a), "keys · Machines") {
		t.Fatalf("no help:\n%s", screen(a))
	}
	before := a.panes[paneProduce].(*ProducePane).value(fieldTopic)
	press(a, "p", "a", "b", "c", "g", "d", "o", "w", "n", "x", "s", "/")
	s := screen(a)
	if !strings.Contains(s, "keys · Produce") {
		t.Errorf("p in help does not show Produce's keys:\n%s", s)
	}
	if a.panes[paneProduce].Capturing() {
		t.Errorf("p in help started editing the form under it")
	}
	if h := strings.Join(a.helpLines(), "\n"); !strings.Contains(h, "switch cluster") {
		t.Errorf("c is not in the help:\n%s", h)
	}
	press(a, "esc")
	if a.showHelp {
		t.Fatal("esc did not close the help")
	}
	if got := a.panes[paneProduce].(*ProducePane).value(fieldTopic); got != before {
		t.Errorf("letters typed in help reached the form: topic %q, was %q", got, before)
	}
}
