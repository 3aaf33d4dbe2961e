package ui

import (
	"strings"
	"testing"

	"github.com/washboard/washboard/model"
)

// A send's outcome describes the form as it was sent: once the form
// changes (another topic, an edited value, new values), the outcome goes,
// so it is never read as the outcome of what the form now holds (issue
// 14, F26). Moving the cursor changes nothing and keeps it.
func TestProduceOutcomeGoesWhenTheFormChanges(t *testing.T) {
	tests := []struct {
		name string
		keys []string
		kept bool
	}{
		{"another topic from the suggestions", []string{"pgdown"}, false},
		{"a typed character", []string{"x"}, false},
		{"new values", []string{"ctrl+r"}, false},
		{"the cursor moved", []string{"left"}, true},
		{"leaving the form", []string{"esc"}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, p, _ := produceApp(t, 120, 36)
			do(a, "p", "enter")
			p.setForm(model.Form{Topic: model.LaundryTopic, Value: `{"machine_id":"washer-01"}`})
			p.active = fieldTopic
			run(a, p.focusField()) // its cursor blink is skipped: executed, it sleeps 0.53 s
			do(a, "ctrl+s")
			if !strings.Contains(screen(a), "delivered to "+model.LaundryTopic) {
				t.Fatalf("no delivery report:\n%s", screen(a))
			}
			for _, k := range tt.keys {
				_, cmd := a.Update(keyPress(k))
				if k == "ctrl+r" {
					run(a, cmd)
				}
			}
			if got := strings.Contains(screen(a), "delivered to"); got != tt.kept {
				t.Fatalf("report kept %v, want %v:\n%s", got, tt.kept, screen(a))
			}
		})
	}
}
