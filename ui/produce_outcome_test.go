package ui

import (
	"errors"
	"strings"
	"testing"

	"github.com/washboard/washboard/model"
)

// The outcome of a send is never cut: at 80x24, where the grid's box
// cannot hold it under the form, it takes the screen until the next key;
// a delivery report keeps its partition, offset and time, a long topic is
// cut in the middle rather than the report's end, and a failure keeps its
// cause; wrapping never adds a character to a name.
func TestProduceOutcomeIsNeverCut(t *testing.T) {
	const long = "warehouse.eu-central-1.inventory-reconciliation.events.v2-with-a-really-long-suffix-for-testing"
	for _, tt := range []struct {
		name, topic string
		msg         producedMsg
		want        []string
	}{
		{"delivered", model.LaundryTopic, producedMsg{delivery: model.Delivery{Topic: model.LaundryTopic, Partition: 3, Offset: 157, Time: fixedNow}},
			[]string{"partition 3", "offset 157", "03:04:05.000"}},
		{"delivered to a long topic", long, producedMsg{delivery: model.Delivery{Topic: long, Partition: 1, Offset: 39, Time: fixedNow}},
			[]string{"partition 1", "offset 39", "03:04:05.000", "warehouse"}},
		{"failed", long, producedMsg{err: errors.New("sending to " + long + " partition 1 failed: nothing listens on 127.0.0.1:43103")},
			[]string{"nothing listens on", "127.0.0.1:43103"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			a := testApp(t, 80, 24)
			p := a.panes[paneProduce].(*ProducePane)
			p.inputs[fieldTopic].SetValue(tt.topic)
			do(a, "7", "esc")
			a.Update(paneMsg{pane: paneProduce, msg: tt.msg})
			got := screen(a)
			joined := produceText80(got)
			flat := strings.ReplaceAll(joined, " ", "")
			for _, w := range tt.want {
				if !strings.Contains(flat, strings.ReplaceAll(w, " ", "")) {
					t.Errorf("the outcome lost %q:\n%s", w, got)
				}
			}
			if strings.Contains(joined, "inventory- reconciliat") {
				t.Errorf("wrapping put a space into the topic's name:\n%s", got)
			}
		})
	}
}

// The note that a topic is not on the cluster is whole too at 80x24,
// once the form is edited.
func TestProduceTopicNoteIsNeverCut(t *testing.T) {
	a := testApp(t, 80, 24)
	p := a.panes[paneProduce].(*ProducePane)
	writer(a.c).Update(func(st *model.State) {
		st.Topics = []string{model.LaundryTopic}
		st.Link.PolledAt = fixedNow
	})
	a.version = a.c.Store.Version()
	do(a, "7", "enter", "ctrl+e", "g", "d", "o", "w", "n", "G") // editing: the pane takes the screen for the note
	if got := p.value(fieldTopic); got != "laundry-machine-logsgdownG" {
		t.Fatalf("the topic is %q", got)
	}
	got := screen(a)
	flat := strings.ReplaceAll(produceText80(got), " ", "")
	if !strings.Contains(flat, "(washboardnevercreatestopics)") {
		t.Errorf("the topic note is cut:\n%s", got)
	}
}

// produceText80 is the Produce box's text, its lines joined: the grid's
// box or the pane zoomed.
func produceText80(screen string) string { return strings.Join(produceBox(screen), "") }

// → inside the topic's text moves the cursor, so a letter lands where the
// user put it; at the end it accepts the suggestion (tested elsewhere).
func TestProduceRightArrowMovesInsideTheTopic(t *testing.T) {
	a := testApp(t, 80, 24)
	p := a.panes[paneProduce].(*ProducePane)
	writer(a.c).Update(func(st *model.State) { st.Topics = []string{model.LaundryTopic, "laundry-machine-logs-archive"} })
	do(a, "7", "enter")
	p.active = fieldTopic
	p.focusField()
	p.refreshSuggestions()
	do(a, "home", "right", "right", "right")
	a.Update(keyPress("Q"))
	if got := p.value(fieldTopic); got != "lauQndry-machine-logs" {
		t.Errorf("home → → → Q gave %q, want lauQndry-machine-logs", got)
	}
}
