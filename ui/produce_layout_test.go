package ui

import (
	"strings"
	"testing"
	"time"

	"github.com/washboard/washboard/model"
)

// rowOf is the screen row holding text, or -1.
func rowOf(s, text string) int {
	for i, l := range strings.Split(s, "\n") {
		if strings.Contains(l, text) {
			return i
		}
	}
	return -1
}

// While the Produce form is edited, tab moves the cursor and nothing
// else: burst and the notices stay on their rows whichever field has it,
// zoomed at 80x24 and 200x50 and in the 200x50 grid (ut15a A10: the
// value area filled the box when focused and collapsed otherwise, moving
// burst by 12 rows).
func TestProduceLayoutStaysAsFocusMoves(t *testing.T) {
	for _, tc := range []struct {
		size [2]int
		zoom bool
	}{{[2]int{80, 24}, true}, {[2]int{200, 50}, true}, {[2]int{200, 50}, false}} {
		name := sizeName(tc.size)
		if tc.zoom {
			name += "-zoom"
		}
		t.Run(name, func(t *testing.T) {
			a, p, _ := produceApp(t, tc.size[0], tc.size[1])
			do(a, "7", "enter")
			if tc.zoom {
				do(a, "esc", "z", "enter")
			}
			p.setForm(model.Form{Topic: model.RiderTopic, Key: "k", Partition: "auto", Headers: "a=1", Value: "{\"name\":\n\"x\"}"})
			p.active = fieldValue
			p.focusField()
			first := screen(a)
			burst := rowOf(first, " burst ")
			if burst < 0 {
				t.Fatalf("no burst row:\n%s", first)
			}
			if tc.zoom && tc.size == [2]int{80, 24} {
				golden(t, "produce-zoom-value-focused-80x24", first)
			}
			for _, k := range []string{"shift+tab", "shift+tab", "shift+tab", "shift+tab", "tab", "tab"} {
				do(a, k)
				s := screen(a)
				if got := rowOf(s, " burst "); got != burst {
					t.Fatalf("after %s (field %s) burst is on row %d, was %d:\n%s\n--- before\n%s", k, fieldLabels[p.active], got, burst, s, first)
				}
				if tc.zoom && tc.size == [2]int{80, 24} && p.active == fieldTopic {
					golden(t, "produce-zoom-topic-focused-80x24", s)
				}
			}
		})
	}
}

// The invalid-JSON warning of a send asked for and not retried goes after
// noticeFor, and when the form is left (esc, another pane); the next
// ctrl+s then asks again instead of sending (ut15a A19: the warning stayed
// minutes later in the 80x24 grid).
func TestProduceStaleJSONConfirmationGoes(t *testing.T) {
	const warning = "again sends it anyway"
	leave := map[string]func(a *App){
		"after noticeFor": func(a *App) {
			a.c.Now = func() time.Time { return fixedNow.Add(noticeFor + time.Second) }
		},
		"esc":        func(a *App) { do(a, "esc") },
		"other pane": func(a *App) { do(a, "esc", "tab", "shift+tab") },
	}
	for name, left := range leave {
		t.Run(name, func(t *testing.T) {
			a, p, rec := produceApp(t, 80, 24)
			do(a, "7", "enter")
			p.active = fieldValue
			p.focusField()
			do(a, "ctrl+e", "x", "x", "ctrl+s")
			flat := strings.ReplaceAll(produceText80(screen(a)), " ", "")
			if !strings.Contains(flat, strings.ReplaceAll(warning, " ", "")) {
				t.Fatalf("no warning after the first ctrl+s:\n%s", screen(a))
			}
			left(a)
			s := screen(a)
			if strings.Contains(strings.ReplaceAll(produceText80(s), " ", ""), strings.ReplaceAll(warning, " ", "")) {
				t.Fatalf("the warning stayed (%s):\n%s", name, s)
			}
			if name != "after noticeFor" && !strings.Contains(s, "value is not valid JSON") && a.focus == paneProduce {
				t.Errorf("the value's problem is no longer said:\n%s", s)
			}
			a.focus = paneProduce
			do(a, "ctrl+s")
			if len(rec.sent) != 0 {
				t.Fatalf("a lapsed confirmation sent %d records", len(rec.sent))
			}
			if !strings.Contains(strings.ReplaceAll(produceText80(screen(a)), " ", ""), strings.ReplaceAll(warning, " ", "")) {
				t.Errorf("ctrl+s after the lapse did not ask again:\n%s", screen(a))
			}
		})
	}
}
