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

// A line never ends inside a string (a timestamp's colons) nor between a
// field's `"name":` and its value while the field fits a line, whatever
// the width (ut40a-11, ut40a-14 and its addendum: `"ts":"…23:49:` /
// `42.981Z"`, `"heat_c":` / `65`, `"power_w":` / `1471`); a field longer
// than a line breaks after its name's `:` first.
func TestWrapValueKeepsStringsAndFieldsWhole(t *testing.T) {
	dryer := `{"machine_id":"dryer-04","ts":"2026-11-30T23:49:42.981Z","program":"dry-low","load_kg":6.2,"heat_c":65,"power_w":2043}`
	washer := `{"machine_id":"washer-01","ts":"2026-12-01T00:02:29.009Z","program":"synthetics-40","load_kg":2.7,"heat_c":40.4,"power_w":1471}`
	for _, tc := range []struct {
		in    string
		width int
		want  []string
	}{
		{dryer, 66, []string{`{"machine_id":"dryer-04","ts":"2026-11-30T23:49:42.981Z",`,
			`"program":"dry-low","load_kg":6.2,"heat_c":65,"power_w":2043}`}},
		{dryer, 54, []string{`{"machine_id":"dryer-04",`,
			`"ts":"2026-11-30T23:49:42.981Z","program":"dry-low",`,
			`"load_kg":6.2,"heat_c":65,"power_w":2043}`}},
		{washer, 66, []string{`{"machine_id":"washer-01","ts":"2026-12-01T00:02:29.009Z",`,
			`"program":"synthetics-40","load_kg":2.7,"heat_c":40.4,`,
			`"power_w":1471}`}},
		{`{"note":"a long note, with a comma","n":1}`, 24, []string{`{"note":"a long note,`, `with a comma","n":1}`}},
		{`{"q":"say \"hi, there\"","n":1}`, 26, []string{`{"q":"say \"hi, there\"",`, `"n":1}`}},
	} {
		got := WrapValue(tc.in, tc.width)
		if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
			t.Errorf("WrapValue(%q, %d) =\n%q, want\n%q", tc.in, tc.width, got, tc.want)
		}
	}
	// At every width a line keeps every cell of the value but the spaces
	// it breaks at, and, where its longest field (ts, 32 cells with its
	// comma) fits a line, no line ends inside the ts string or after a `:`.
	for width := 20; width <= 130; width++ {
		lines := WrapValue(dryer, width)
		if strings.Join(lines, "") != dryer {
			t.Fatalf("width %d: lines %q lost characters", width, lines)
		}
		for _, l := range lines {
			if ansi.StringWidth(l) > width {
				t.Errorf("width %d: line %q wider than the width", width, l)
			}
			if width >= 32 && (strings.HasSuffix(l, ":") || strings.Contains(l, `"ts":"2026`) && !strings.Contains(l, `981Z"`)) {
				t.Errorf("width %d: line %q breaks a field that fits a line", width, l)
			}
		}
	}
}
