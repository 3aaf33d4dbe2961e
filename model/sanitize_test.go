package model

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

func TestPrintable(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"plain", "washer-03", "washer-03"},
		{"clear screen", "\x1b[2J", `\x1b[2J`},
		{"osc title", "\x1b]0;pwned\x07", `\x1b]0;pwned\x07`},
		{"osc52 clipboard", "\x1b]52;c;aGk=\x1b\\", `\x1b]52;c;aGk=\x1b\`},
		{"c1 csi", "a\u009b2Jb", `a\u009b2Jb`},
		{"newline and tab", "a\nb\tc\r", `a\nb\tc\r`},
		{"del", "x\x7fy", `x\x7fy`},
		{"invalid utf8", "ok\xff\xfe", `ok\xff\xfe`},
		{"zero width space", "a\u200bb", `a\u200bb`},
		{"bidi override", "\u202egnp.exe", `\u202egnp.exe`},
		{"wide runes kept", "洗濯機", "洗濯機"},
		{"accents kept", "café", "café"},
		{"combining accents kept", "cafe\u0301 vie\u0323\u0302t", "cafe\u0301 vie\u0323\u0302t"},
		// issue 14: runes whose cells terminals disagree on, or that a
		// terminal attaches to the cell before (a column's space), are
		// escaped so a row's right border stays put
		{"bytes de ad: a mark with no letter", "\xde\xad\xbe\xef", `\u07ad\xbe\xef`},
		{"mark after invalid bytes, on a letter", "\xff\xfe\x00\x01binary\xde\xad", `\xff\xfe\x00\x01binary\u07ad`},
		{"mark on a letter, bytes cut after it", "cafe\u0301\xe2\x80", "cafe\u0301" + `\xe2\x80`},
		{"mark after a space", "a \u0301b", `a \u0301b`},
		{"mark after an escape", "\x01\u0301", `\x01\u0301`},
		{"marks past four", "e\u0301\u0301\u0301\u0301\u0301\u0301", "e\u0301\u0301\u0301\u0301" + `\u0301\u0301`},
		{"variation selector", "\u2603\ufe0f", `☃\ufe0f`},
		{"skin tone", "\U0001f44b\U0001f3fd", `👋\U0001f3fd`},
		{"conjoining jamo", "\u1100\u1161\u11a8", `ᄀ\u1161\u11a8`},
		{"hangul syllables kept", "각", "각"},
		{"spacing mark", "\u0915\u093e", `क\u093e`},
		{"thai marks kept", "\u0e01\u0e48\u0e35", "\u0e01\u0e48\u0e35"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := PrintableString(tt.in)
			if got != tt.want {
				t.Fatalf("Printable(%q) = %q, want %q", tt.in, got, tt.want)
			}
			assertSafe(t, got)
		})
	}
}

func assertSafe(t *testing.T, s string) {
	t.Helper()
	for _, r := range s {
		if r < 0x20 || r == 0x7f || (r >= 0x80 && r <= 0x9f) {
			t.Fatalf("unsafe rune %U left in %q", r, s)
		}
	}
	if ansi.Strip(s) != s {
		t.Fatalf("escape sequence survived in %q", s)
	}
}

func TestPrintablePrefixCapsWork(t *testing.T) {
	big := strings.Repeat("\x1b", 1<<20)
	got := PrintablePrefix([]byte(big), 100)
	if !strings.HasSuffix(got, Ellipsis) || len(got) > 100*4+len(Ellipsis) {
		t.Fatalf("prefix not capped: len %d", len(got))
	}
	assertSafe(t, got)
}

func FuzzPrintable(f *testing.F) {
	for _, s := range []string{"", "\x1b[2J", "\x1b]0;t\x07", "\xff", "\u009b", "a\u200bb", "{\"a\":1}"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		s := Printable(b)
		assertSafe(t, s)
	})
}
