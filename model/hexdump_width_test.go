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
	if got := len(HexDump(b, 1<<10)[0]); got != hexRowWidth(16, 8) {
		t.Errorf("a 16-byte row is %d cells, hexRowWidth says %d", got, hexRowWidth(16, 8))
	}
}

// ut34a-21: in the 80-column detail (76 cells) the dump showed 8 bytes a
// row beside 30 blank cells; with a 4-digit offset, 16 bytes a row fit.
func TestHexDumpSixteenBytesAt80Columns(t *testing.T) {
	b := []byte("\x00\x00\x00\x00\x03\x1aavro-washer-01\x12cotton-60\x00\x00\x00\x00\x00\x00\x1a@")
	lines := HexDumpWidth(b, 1<<10, 76)
	if len(lines) != 3 || !strings.HasPrefix(lines[1], "0010  ") || ansi.StringWidth(lines[0]) > 76 {
		t.Errorf("not 16 bytes a row in 76 cells:\n%s", strings.Join(lines, "\n"))
	}
}
