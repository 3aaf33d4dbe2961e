package ui

import (
	"errors"
	"strings"
	"testing"

	"github.com/washboard/washboard/model"
)

// The outcome of a send is never cut while the form has rows to give: at
// 80x24 in the grid a delivery report keeps its partition, offset and
// time, a long topic is cut in the middle rather than the report's end,
// and a failure keeps its cause; wrapping never adds a character to a name.
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
			p.produced(tt.msg)
			a.rev++
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

// The note that a topic is not on the cluster is whole too at 80x24.
func TestProduceTopicNoteIsNeverCut(t *testing.T) {
	a := testApp(t, 80, 24)
	p := a.panes[paneProduce].(*ProducePane)
	p.inputs[fieldTopic].SetValue("laundry-machine-logsgdownG")
	writer(a.c).Update(func(st *model.State) {
		st.Topics = []string{model.LaundryTopic}
		st.Link.PolledAt = fixedNow
	})
	a.version = a.c.Store.Version()
	got := screen(a)
	flat := strings.ReplaceAll(produceText80(got), " ", "")
	if !strings.Contains(flat, "(washboardnevercreatestopics)") {
		t.Errorf("the topic note is cut:\n%s", got)
	}
}

// produceText80 is the Produce box's text at 80x24 (the right part of the
// bottom rows), its lines joined.
func produceText80(screen string) string {
	var box []string
	for _, l := range strings.Split(screen, "\n") {
		if i := strings.LastIndex(l, "││"); i >= 0 {
			box = append(box, strings.TrimSuffix(l[i+len("││"):], "│"))
		}
	}
	return strings.Join(box, "")
}

// → inside the topic's text moves the cursor, so a letter lands where the
// user put it; at the end it accepts the suggestion (tested elsewhere).
func TestProduceRightArrowMovesInsideTheTopic(t *testing.T) {
	a := testApp(t, 80, 24)
	p := a.panes[paneProduce].(*ProducePane)
	writer(a.c).Update(func(st *model.State) { st.Topics = []string{model.LaundryTopic, "laundry-machine-logs-archive"} })
	do(a, "7")
	p.active = fieldTopic
	p.focusField()
	p.refreshSuggestions()
	do(a, "home", "right", "right", "right")
	a.Update(keyPress("Q"))
	if got := p.value(fieldTopic); got != "lauQndry-machine-logs" {
		t.Errorf("home → → → Q gave %q, want lauQndry-machine-logs", got)
	}
}
