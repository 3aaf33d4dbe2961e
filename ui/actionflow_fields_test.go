package ui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/washboard/washboard/model"
)

// A flow's field shows a long name typed whole, over as many rows as it
// needs, at 80 columns and again after a resize (issue 14, B33's kind in
// the C form: the name field scrolled, its start out of sight).
func TestActionFlowFieldsWrapAndResize(t *testing.T) {
	name := "payments.settlement.eu-west-1.card-network-reconciliation-events.v4-another-long-name"
	a := adminApp(t, model.ReadOnlyOff, &recordingAdmin{})
	a.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	act(a, "4", "C", "type:"+name)
	for _, size := range [][2]int{{80, 24}, {200, 50}, {60, 20}} {
		a.Update(tea.WindowSizeMsg{Width: size[0], Height: size[1]})
		s := screen(a)
		assertFits(t, s, size[0], size[1])
		if !strings.Contains(boxText(s), "name"+name) {
			t.Errorf("%v: the name field does not show %q whole:\n%s", size, name, s)
		}
	}
}
