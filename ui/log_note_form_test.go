package ui

import (
	"strings"
	"testing"

	"github.com/washboard/washboard/model"
)

// ut19b J1: with the Log paused on a tail note (`⚑ tail: topic … was
// deleted`), 7 filled Produce from it: `partition -1`, and ctrl+s said
// `"-1" is neither auto nor a partition number`. A note is not a record:
// it fills nothing, and R does not resend it.
func TestATailNoteFillsNoForm(t *testing.T) {
	for _, key := range []string{"7", "R"} {
		a := logApp(t, 80, 24,
			model.Record{Topic: "orders", Partition: 1, Offset: 3, Time: fixedNow, Value: []byte(`{"n":1}`)},
			model.Record{Topic: "gone-topic", Partition: -1, Time: fixedNow, Note: "topic gone-topic was deleted: no longer read"},
		)
		a.Update(keyPress("space")) // paused: the cursor on the newest row, the note
		press(a, key)
		p := a.panes[paneProduce].(*ProducePane)
		if part := p.value(fieldPartition); strings.Contains(part, "-1") {
			t.Errorf("%s: the form took the note's partition %q:\n%s", key, part, screen(a))
		}
		if topic := p.value(fieldTopic); topic == "gone-topic" {
			t.Errorf("%s: the form took the note's topic:\n%s", key, screen(a))
		}
	}
}
