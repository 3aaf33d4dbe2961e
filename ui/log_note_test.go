package ui

import (
	"regexp"
	"strings"
	"testing"

	"github.com/washboard/washboard/model"
)

// A note from the tail shows in the Log as a note, not a record: its
// partition without a made-up @offset, tagged; /wiped finds it, and enter
// shows all of it, however narrow the screen.
func TestLogShowsTailNotes(t *testing.T) {
	const note = "the high watermark 0 fell below the read position 72 (partition wiped or recreated): reading again from the log start 0"
	a := logApp(t, 80, 24,
		model.Record{Topic: "orders", Partition: 1, Offset: 3, Time: fixedNow, Value: []byte(`{"n":1}`)},
		model.Record{Topic: "orders", Partition: 2, Offset: 0, Time: fixedNow, Note: note},
	)
	s := screen(a)
	if !regexp.MustCompile(`orders/2 +⚑ tail: the high watermark`).MatchString(s) || strings.Contains(s, "orders/2@0") {
		t.Fatalf("the note does not show as a note:\n%s", s)
	}
	typeText(a, "/wiped")
	a.Update(keyPress("enter"))
	s = screen(a)
	if !strings.Contains(s, "⚑ tail:") || strings.Contains(s, "orders/1@3") {
		t.Fatalf("/wiped does not find the note alone:\n%s", s)
	}
	a.Update(keyPress("space"))
	a.Update(keyPress("enter"))
	s = screen(a)
	flat := strings.Join(strings.Fields(strings.ReplaceAll(s, "│", " ")), " ")
	if !strings.Contains(flat, "note ⚑ tail: "+note) || strings.Contains(s, "@0") {
		t.Fatalf("enter does not show the whole note:\n%s", s)
	}
}
