package ui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/washboard/washboard/model"
)

// The refusal of a wrong confirmation is of the text as it stood: it goes
// as soon as the text changes, so it never stands under the name typed
// right (ut42b-5), in every action; enter on a still-wrong text says it
// again.
func TestConfirmRefusalGoesWhenTheTextChanges(t *testing.T) {
	for _, tc := range flowActions {
		t.Run(tc.name, func(t *testing.T) {
			a := adminApp(t, model.ReadOnlyOff, &recordingAdmin{})
			a.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
			act(a, tc.keys...)
			act(a, "type:"+tc.word+"x", "enter")
			if !strings.Contains(flatBox(screen(a)), "exactly to confirm") {
				t.Fatalf("a wrong name is not refused:\n%s", screen(a))
			}
			act(a, "backspace")
			if s := screen(a); strings.Contains(flatBox(s), "exactly to confirm") {
				t.Fatalf("the refusal stays under the corrected text:\n%s", s)
			}
			act(a, "backspace", "enter")
			if !strings.Contains(flatBox(screen(a)), "exactly to confirm") {
				t.Fatalf("a still wrong name is not refused again:\n%s", screen(a))
			}
		})
	}
}

// flatBox is a screen's boxes as one line of words, the footer left out.
func flatBox(s string) string {
	box := s[:strings.LastIndex(s, "\n")]
	return strings.Join(strings.Fields(strings.ReplaceAll(box, "│", " ")), " ")
}

// D on a group names the offsets it loses, one a row as O's preview
// lists them (ut42b-6: only "on 2 partitions of …"), at both sizes.
func TestDeleteGroupNamesTheOffsetsLost(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {200, 50}} {
		a := adminApp(t, model.ReadOnlyOff, &recordingAdmin{})
		a.Update(tea.WindowSizeMsg{Width: size[0], Height: size[1]})
		act(a, "5", "D")
		s := screen(a)
		for _, want := range []string{"are lost", "Committed now:", "orders: /0@90 /1@95"} {
			if !strings.Contains(flatBox(s), want) {
				t.Errorf("%dx%d: D's preview lacks %q:\n%s", size[0], size[1], want, s)
			}
		}
	}
}
