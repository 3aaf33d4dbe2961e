package ui

import (
	"strings"
	"testing"
)

// ut22b N4: letters typed into the burst count by mistake were cut to 7
// cells (`100burs…`) with the rest of the row free, so the value the
// refusal names could not be read in the form. A field is as wide as what
// it holds where the row has room.
func TestProduceBurstFieldShowsWhatItHolds(t *testing.T) {
	a, p, _ := produceApp(t, 80, 24)
	do(a, "7", "esc", "z") // the form, not edited, zoomed at 80x24
	p.inputs[fieldCount].SetValue("100burst-k1")
	a.rev++
	if got := screen(a); !strings.Contains(got, "100burst-k1") {
		t.Fatalf("the burst count is cut:\n%s", got)
	}
}
