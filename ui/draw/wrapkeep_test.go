package draw

import (
	"strings"
	"testing"
)

// WrapKeep breaks a key at a name boundary or after a space, never inside
// a word or a hex byte, and drops nothing: the lines joined are the text.
func TestWrapKeep(t *testing.T) {
	const key = "settlement-batch-003-merchant-0248-reconciliation-key-long-form-ut25b"
	hexKey := "73 65 74 74 6c 65 6d 65 6e 74 2d 62 61 74 63 68 2d 30 30 33 2d 6d 65 72 63 68 61 6e 74 2d 30 32 34 38 2d 72 65 63 6f 6e 63 69 6c 69 61 74 69 6f 6e"
	cases := []struct {
		name  string
		text  string
		width int
		ends  func(line string) bool // every line but the last
	}{
		{"key at 40", key, 40, func(l string) bool { return strings.HasSuffix(l, "-") }},
		{"key at 42 (the 80x24 grid's detail)", key, 42, func(l string) bool { return strings.HasSuffix(l, "-") }},
		{"key at 20", key, 20, func(l string) bool { return strings.HasSuffix(l, "-") }},
		{"words", "a key with spaces in it that goes on", 12, func(l string) bool { return strings.HasSuffix(l, " ") }},
		{"hex at 68", hexKey, 68, func(l string) bool { return strings.HasSuffix(l, " ") && len(l)%3 == 0 }},
		{"hex at 70", hexKey, 70, func(l string) bool { return strings.HasSuffix(l, " ") && len(l)%3 == 0 }},
		{"hex at 8", hexKey, 8, func(l string) bool { return strings.HasSuffix(l, " ") && len(l)%3 == 0 }},
		{"no boundary: at a cell", strings.Repeat("x", 25), 10, func(l string) bool { return Width(l) == 10 }},
		{"an escape not split", `aaaaaaaa\x1bbbbb`, 10, func(l string) bool { return l == "aaaaaaaa" }},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			lines := WrapKeep(c.text, c.width)
			if got := strings.Join(lines, ""); got != c.text {
				t.Fatalf("lines %q joined are not the text", lines)
			}
			for i, l := range lines {
				if Width(l) > c.width {
					t.Errorf("line %d %q wider than %d", i, l, c.width)
				}
				if i < len(lines)-1 && !c.ends(l) {
					t.Errorf("line %d %q breaks where it should not: %q", i, l, lines)
				}
				if strings.HasPrefix(l, " ") {
					t.Errorf("line %d %q starts shifted by a space", i, l)
				}
			}
		})
	}
}
