package ui

import (
	"strings"
	"testing"

	"github.com/washboard/washboard/model"
)

// ut22b N9: after R on a record whose value holds an ESC (the form's
// value left empty, the note saying why) and `{bad` typed in the value,
// the form still said `not text, left out: value (control byte \x1b)`
// under the new value. A field's part of the note goes once the field is
// edited; the other fields' parts stay while theirs still hold what the
// record gave them.
func TestProduceLeftOutNoteGoesWithTheFieldEdited(t *testing.T) {
	tests := []struct {
		name     string
		rec      model.Record
		edit     int
		wantGone string
		wantKept string
	}{
		{"value typed", model.Record{Key: []byte("m-1"), Value: []byte("\x1b[2Jboom")}, fieldValue,
			"value (control byte \\x1b)", ""},
		{"value typed, key still left out", model.Record{Key: []byte("k\x1b"), Value: []byte("\x1b[2Jboom")}, fieldValue,
			"value (control byte \\x1b)", "not text, left out: key (control byte \\x1b)"},
		{"key typed, value still left out", model.Record{Key: []byte("k\x1b"), Value: []byte("\x1b[2Jboom")}, fieldKey,
			"key (control byte \\x1b)", "not text, left out: value (control byte \\x1b)"},
	}
	for _, tt := range tests {
		for _, size := range [][2]int{{80, 24}, {200, 50}} {
			t.Run(tt.name+" "+sizeName(size), func(t *testing.T) {
				a := testApp(t, size[0], size[1])
				rec := tt.rec
				rec.Topic, rec.Partition, rec.Offset, rec.Time = model.LaundryTopic, 0, 7, fixedNow
				writer(a.c).Fold([]model.Record{rec}, fixedNow)
				a.Update(changedMsg{version: a.c.Store.Version()})
				do(a, "6", "space")
				_, cmd := a.Update(keyPress("R"))
				run(a, cmd)
				p := a.panes[paneProduce].(*ProducePane)
				before := strings.Join(strings.Fields(produceBoxText(screen(a))), " ")
				if !strings.Contains(before, tt.wantGone) {
					t.Fatalf("after R the form does not say %q:\n%s", tt.wantGone, screen(a))
				}
				for p.active != tt.edit {
					do(a, "tab")
				}
				typeText(a, "{bad")
				if p.value(tt.edit) == "" {
					t.Fatalf("nothing was typed in %s", fieldLabels[tt.edit])
				}
				after := strings.Join(strings.Fields(produceBoxText(screen(a))), " ")
				if strings.Contains(after, tt.wantGone) {
					t.Errorf("the note on the %s stays after it was typed in:\n%s", fieldLabels[tt.edit], screen(a))
				}
				if tt.wantKept != "" && !strings.Contains(after, tt.wantKept) {
					t.Errorf("the note on the field not edited went (want %q):\n%s", tt.wantKept, screen(a))
				}
			})
		}
	}
}
