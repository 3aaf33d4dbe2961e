package model

import (
	"strings"
	"testing"
)

// Every format says where the detail view's cap cut a value, as auto
// does (ut18b G19: text, hex and base64 of a 300 KB value ended
// silently; the base64 ended in == padding and read as complete).
func TestPrettyAsSaysTheCutInEveryFormat(t *testing.T) {
	big := []byte(`{"blob":"` + strings.Repeat("A", 300_000) + `"}`)
	small := []byte(`{"blob":"AAAA"}`)
	for _, f := range []ValueFormat{FormatAuto, FormatText, FormatJSON, FormatHex, FormatBase64} {
		t.Run(f.String(), func(t *testing.T) {
			lines, _ := PrettyAs(big, nil, f, 78)
			want := Thousands(len(big)-DetailCap) + " more bytes not shown"
			said := false
			for _, l := range lines[max(len(lines)-2, 0):] {
				said = said || strings.Contains(l, want)
			}
			if !said {
				t.Errorf("%s: the last lines do not say %q: %q", f, want, lines[max(len(lines)-2, 0):])
			}
			short, _ := PrettyAs(small, nil, f, 78)
			for _, l := range short {
				if strings.Contains(l, "not shown") {
					t.Errorf("%s: a whole value says a cut: %q", f, l)
				}
			}
		})
	}
}
