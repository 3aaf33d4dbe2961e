package model

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// A hex dump fits the width it is given: 16 bytes a row when a row fits,
// else 8, so the text column is never cut; every byte is still there.
func TestHexDumpFitsItsWidth(t *testing.T) {
	b := []byte(`{"machine_id":"dryer-01","program":"dry-high","load_kg":4}`)
	for _, w := range []int{200, 78, 76, 60, 46} {
		lines := HexDumpWidth(b, 1<<10, w)
		var text strings.Builder
		for _, l := range lines {
			if ansi.StringWidth(l) > w {
				t.Errorf("width %d: row %q is %d cells", w, l, ansi.StringWidth(l))
			}
			i := strings.Index(l, "|")
			text.WriteString(strings.TrimSuffix(l[i+1:], "|"))
		}
		if text.String() != string(b) {
			t.Errorf("width %d: the text column reads %q", w, text.String())
		}
	}
	if got := len(HexDump(b, 1<<10)[0]); got != hexRowWidth(16) {
		t.Errorf("a 16-byte row is %d cells, hexRowWidth says %d", got, hexRowWidth(16))
	}
}
