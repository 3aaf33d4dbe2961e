package draw

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// A value wraps after a comma or space, where a field ends, never inside
// a number or a short string, and keeps every character but the spaces
// it breaks at (ut25a Q11: `"score":0.` / `2,…`).
func TestWrapValueBreaksBetweenFields(t *testing.T) {
	for _, tc := range []struct {
		in    string
		width int
		want  []string
	}{
		{`{"card":"c-2","score":0.2,"verdict":"DECLINE","note":null}`, 34,
			[]string{`{"card":"c-2","score":0.2,`, `"verdict":"DECLINE","note":null}`}},
		{`{"ts":"2026-11-22T03:04:05.000Z","program":"synthetics-40","load_kg":3.5}`, 40,
			[]string{`{"ts":"2026-11-22T03:04:05.000Z",`, `"program":"synthetics-40","load_kg":3.5}`}},
		{`plain words that wrap at spaces`, 12, []string{"plain words", "that wrap at", "spaces"}},
		{`short`, 20, []string{"short"}},
	} {
		got := WrapValue(tc.in, tc.width)
		if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
			t.Errorf("WrapValue(%q, %d) = %q, want %q", tc.in, tc.width, got, tc.want)
		}
	}
	long := `{"blob":"` + strings.Repeat("x", 90) + `","n":1}`
	lines := WrapValue(long, 30)
	if strings.Join(lines, "") != long {
		t.Errorf("a piece longer than a line lost characters: %q", lines)
	}
	for _, l := range lines {
		if ansi.StringWidth(l) > 30 {
			t.Errorf("line %q is wider than 30 cells", l)
		}
	}
}
