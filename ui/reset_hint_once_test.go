package ui

import (
	"strings"
	"testing"

	"github.com/washboard/washboard/model"
)

// The reset form's enter on an empty or unreadable `to` says what is
// wrong without the forms' list, which the form already shows: the list
// is on screen once (ut40a-26: `say where to: earliest · latest · …`
// under the same line).
func TestResetFormSaysTheTargetListOnce(t *testing.T) {
	for _, typed := range [][]string{{"enter"}, {"type:someday", "enter"}} {
		a := adminApp(t, model.ReadOnlyOff, &recordingAdmin{})
		act(a, "5", "o")
		act(a, typed...)
		s := screen(a)
		if n := strings.Count(s, "(offset) · +N/-N"); n != 1 {
			t.Errorf("%v: the forms' list said %d times:\n%s", typed, n, s)
		}
		if !strings.Contains(s, "say where to") && !strings.Contains(s, "is not a reset target") {
			t.Errorf("%v: nothing says what is wrong:\n%s", typed, s)
		}
	}
}
