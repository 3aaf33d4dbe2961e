package ui

import (
	"strings"
	"testing"
	"time"
)

// The warning that the value is not JSON is a property of the value in
// the form: said while the form is edited, and for noticeFor after the
// value changed, never minutes after the form was left (ut35-13,
// ut34a-28: it stayed on the 80x24 grid's box, taking the form's rows).
func TestProduceJSONWarningLapsesOffTheForm(t *testing.T) {
	for _, tt := range []struct {
		name    string
		leave   bool
		after   time.Duration
		showing bool
	}{
		{"editing, long after the change", false, 5 * time.Minute, true},
		{"left, just after the change", true, 2 * time.Second, true},
		{"left, past the notice time", true, noticeFor + time.Second, false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			a, p, _ := produceApp(t, 80, 24)
			now := fixedNow
			a.c.Now = func() time.Time { return now }
			do(a, "7", "enter")
			p.active = fieldValue
			p.focusField()
			do(a, "ctrl+e", "x", "x")
			if p.jsonErr == "" {
				t.Fatalf("the value %q is not found invalid", p.value(fieldValue))
			}
			if tt.leave {
				do(a, "esc", "6")
			}
			now = now.Add(tt.after)
			got := screen(a)
			flat := strings.ReplaceAll(got, " ", "")
			if showing := strings.Contains(flat, "notvalidJSON"); showing != tt.showing {
				t.Errorf("the warning shows %v, want %v:\n%s", showing, tt.showing, got)
			}
		})
	}
}
