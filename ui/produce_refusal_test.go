package ui

import (
	"strings"
	"testing"

	"github.com/washboard/washboard/model"
)

// ut39-9: in a read-only console, ctrl+s's refusal took the place of the
// first-line note and then stayed through tab, esc, 6 and j, 4 of the grid
// box's 7 rows. A refusal is shown until the next key, whichever pane
// that key goes to; the note comes back.
func TestProduceRefusalGoesAtTheNextKey(t *testing.T) {
	for _, next := range []string{"tab", "esc", "6", "j", "down"} {
		t.Run(next, func(t *testing.T) {
			a, _, _ := produceApp(t, 80, 24)
			a.c.Cluster.ReadOnly = model.ReadOnlyAll
			do(a, "7", "ctrl+s")
			if box := produceBoxText(screen(a)); !strings.Contains(box, "cannot produce") {
				t.Fatalf("ctrl+s did not say why nothing was sent:\n%s", box)
			}
			do(a, next)
			s := screen(a)
			if strings.Contains(s, "cannot produce") {
				t.Fatalf("the refusal is still shown after %s:\n%s", next, s)
			}
			if box := produceBoxText(s); !strings.Contains(box, "read-only: producing") {
				t.Fatalf("the read-only note did not come back after %s:\n%s", next, s)
			}
		})
	}
}
