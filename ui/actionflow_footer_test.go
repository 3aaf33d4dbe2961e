package ui

import (
	"strings"
	"testing"

	"github.com/washboard/washboard/model"
)

// While an action with a form asks for its confirmation, the footer says
// what esc does in the box's words (back to the form), and esc does it;
// an action with no form says cancel in both (ut21a K7-1: the footer said
// "esc cancel" under "esc goes back to the form").
func TestConfirmationFooterSaysWhatEscDoes(t *testing.T) {
	for _, tc := range []struct {
		name      string
		keys      []string
		box, foot string
		form      bool
	}{
		{"reset offsets", []string{"5", "o", "type:earliest", "enter"}, "esc goes back to the form", "esc back to form", true},
		{"edit config", []string{"4", "E", "type:retention.ms", "tab", "type:1000", "enter"}, "esc goes back to the form", "esc back to form", true},
		{"delete group", []string{"5", "D"}, "esc cancels", "esc cancel", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := adminApp(t, model.ReadOnlyOff, &recordingAdmin{})
			act(a, tc.keys...)
			s := screen(a)
			if !strings.Contains(boxText(s), strings.ReplaceAll(tc.box, " ", "")) {
				t.Fatalf("the box does not say %q:\n%s", tc.box, s)
			}
			lines := strings.Split(s, "\n")
			if foot := lines[len(lines)-1]; !strings.Contains(foot, tc.foot) {
				t.Errorf("the footer %q does not say %q, as the box does", foot, tc.foot)
			}
			act(a, "esc")
			p := a.panes[a.focus]
			if h, ok := p.(interface{ flowOpen() bool }); tc.form && (!ok || !h.flowOpen()) {
				t.Errorf("esc did not go back to the form:\n%s", screen(a))
			}
		})
	}
}
