package ui

import (
	"errors"
	"strings"
	"testing"

	"github.com/washboard/washboard/model"
)

// The invalid-JSON warning after ctrl+s is whole in the 80x24 grid's
// small Produce box, and said once zoomed (issue 14, B7: cut after
// "after top-…" in the grid; zoomed, said twice).
func TestProduceJSONWarningWholeAndOnce(t *testing.T) {
	a, p, _ := produceApp(t, 80, 24)
	do(a, "7", "enter")
	p.active = fieldValue
	p.focusField()
	do(a, "ctrl+e", "x", "x", "ctrl+s")
	if p.jsonErr == "" {
		t.Fatalf("the value %q is not found invalid", p.value(fieldValue))
	}
	got := screen(a)
	golden(t, "produce-json-warning-80x24", got)
	flat := strings.ReplaceAll(produceText80(got), " ", "")
	for _, want := range []string{"text after the JSON value ends: `x` (line 1, column", "ctrl+s again sends it anyway"} {
		if !strings.Contains(flat, strings.ReplaceAll(want, " ", "")) {
			t.Errorf("the grid's warning lost %q:\n%s", want, got)
		}
	}
	do(a, "esc", "z")
	got = screen(a)
	if n := strings.Count(got, "after the JSON value ends"); n != 1 {
		t.Errorf("zoomed, the warning is said %d times, want once:\n%s", n, got)
	}
}

// A topic typed that is not on the cluster is said with its name and
// reason whole in the 80x24 grid, and a burst's outcome from before the
// edit goes (issue 14, B36: "topic … is not on the cluster (washboard
// never…" under a stale "burst stopped" outcome).
func TestProduceTopicNoteAfterABurstIsWhole(t *testing.T) {
	a, p, _ := produceApp(t, 80, 24)
	do(a, "7", "enter")
	p.inputs[fieldTopic].SetValue(model.StudentTopic)
	p.active = fieldTopic
	p.focusField()
	p.failed, p.report = false, "burst stopped (esc): 59/100 sent"
	do(a, "end", "?")
	got := screen(a)
	flat := strings.ReplaceAll(produceText80(got), " ", "")
	if strings.Contains(flat, "burststopped") {
		t.Errorf("the burst's outcome stayed after the topic was edited:\n%s", got)
	}
	if want := "topic " + model.StudentTopic + "? is not on the cluster (washboard never creates topics)"; !strings.Contains(flat, strings.ReplaceAll(want, " ", "")) {
		t.Errorf("the note is not whole, %q:\n%s", want, got)
	}
}

// A send refused because the topic does not exist says so once: the
// live note that the topic is not on the cluster gives way to it.
func TestProduceMissingTopicSaidOnce(t *testing.T) {
	a, p, rec := produceApp(t, 100, 30)
	rec.err = errors.New("topic nope does not exist (washboard does not create topics)")
	do(a, "7", "esc", "z", "enter")
	p.inputs[fieldTopic].SetValue("nope")
	p.changed()
	a.rev++
	if s := screen(a); !strings.Contains(s, "is not on the cluster") {
		t.Fatalf("no live note before sending:\n%s", s)
	}
	do(a, "ctrl+s")
	s := screen(a)
	if !strings.Contains(s, "does not exist") || strings.Contains(s, "is not on the cluster") {
		t.Errorf("the missing topic is not said exactly once:\n%s", s)
	}
}

// A send's outcome that the grid's small Produce box cannot hold with
// the form takes the screen while it is shown, rather than being cut at
// the box's bottom (ut16b E18: "value is not valid JSON:" ended at the
// border).
func TestProduceOutcomeTakesTheScreenWhenItDoesNotFit(t *testing.T) {
	a, p := sentAnywayApp(t)
	if p.report == "" {
		t.Fatalf("no outcome after the second ctrl+s:\n%s", screen(a))
	}
	var text []string
	for _, l := range strings.Split(screen(a), "\n") {
		text = append(text, strings.TrimSpace(strings.Trim(l, "│ ")))
	}
	if joined := strings.Join(text, " "); !strings.Contains(joined, "delivered to") || !strings.Contains(joined, "text after the JSON value ends") {
		t.Fatalf("the outcome is cut:\n%s", screen(a))
	}
}

// sentAnywayApp is the 80x24 grid after an invalid JSON value was sent
// anyway (ctrl+s twice): an outcome and a warning in the small Produce box.
func sentAnywayApp(t *testing.T) (*App, *ProducePane) {
	t.Helper()
	a, p, _ := produceApp(t, 80, 24)
	do(a, "7", "enter")
	p.active = fieldValue
	p.focusField()
	do(a, "ctrl+e", "x", "x")
	_, cmd := a.Update(keyPress("ctrl+s"))
	run(a, cmd)
	_, cmd = a.Update(keyPress("ctrl+s")) // sends anyway
	run(a, cmd)
	return a, p
}

// Produce's outcome that took the screen gives it back at the key after
// editing ends (ut17: it stayed full-screen for the session).
func TestProduceOutcomeGivesTheScreenBack(t *testing.T) {
	a, _ := sentAnywayApp(t)
	if !a.zoom {
		t.Fatalf("the outcome did not take the screen")
	}
	do(a, "esc")
	if a.zoom {
		t.Errorf("after esc (editing ended) Produce still holds the screen")
	}
	do(a, "z", "z")
	if a.zoom {
		t.Errorf("z twice did not come back to the grid")
	}
}
