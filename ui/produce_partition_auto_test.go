package ui

import (
	"testing"

	"github.com/washboard/washboard/model"
)

// ut19b J2: the partition field's `auto` was text, so typing 7 in it gave
// `auto7` (refused at send). A key typed over the default replaces it;
// backspace still edits, and a typed number is kept as typed.
func TestProducePartitionAutoIsReplacedByTyping(t *testing.T) {
	a, p, _ := produceApp(t, 120, 40)
	p.setForm(model.Form{Topic: model.RiderTopic, Partition: "auto", Value: `{"x":1}`})
	do(a, "7", "enter")
	for p.active != fieldPartition {
		do(a, "tab")
	}
	typeText(a, "1")
	if got := p.form().Partition; got != "1" {
		t.Fatalf("typing 1 over auto gave %q", got)
	}
	typeText(a, "2")
	if got := p.form().Partition; got != "12" {
		t.Fatalf("typing 2 after 1 gave %q", got)
	}
}
