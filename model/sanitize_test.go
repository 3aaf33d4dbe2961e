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

func TestFit(t *testing.T) {
	tests := []struct {
		in    string
		width int
		want  string
	}{
		{"abc", 5, "abc  "},
		{"abcdef", 4, "abc…"},
		{"洗濯機です", 5, "洗濯…"},
		{"x", 0, ""},
	}
	for _, tt := range tests {
		got := Fit(tt.in, tt.width)
		if got != tt.want {
			t.Errorf("Fit(%q, %d) = %q, want %q", tt.in, tt.width, got, tt.want)
		}
		if tt.width > 0 && ansi.StringWidth(got) != tt.width {
			t.Errorf("Fit(%q, %d) is %d cells wide", tt.in, tt.width, ansi.StringWidth(got))
		}
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
		_ = Fit(s, 7)
	})
}

func TestFitMiddle(t *testing.T) {
	tests := []struct {
		in    string
		width int
		want  string
	}{
		{"washer-03", 12, "washer-03   "},
		{"washer-03", 7, "was…-03"},
		{"washboard-demo-2", 11, "washb…emo-2"},
		{"location-update", 9, "loca…date"},
		{"abcdef", 4, "abc…"}, // too narrow for two ends: an ordinary cut
		{"洗濯機洗濯機", 7, "洗…濯機"}, // wide runes are never split
	}
	for _, tt := range tests {
		got := FitMiddle(tt.in, tt.width)
		if got != tt.want || ansi.StringWidth(got) != tt.width {
			t.Errorf("FitMiddle(%q, %d) = %q (%d cells), want %q", tt.in, tt.width, got, ansi.StringWidth(got), tt.want)
		}
	}
}

// The ASCII fast path of Fit must cut and pad exactly as the cell path.
func TestFitFastPathMatchesCells(t *testing.T) {
	for _, s := range []string{"", "a", "washer-03", "laundry-machine-logs/3@12345", `{"a":1}`} {
		for w := 1; w <= 30; w++ {
			if got, want := Fit(s, w), fitCells(s, w); got != want {
				t.Fatalf("Fit(%q, %d) = %q, cell path %q", s, w, got, want)
			}
		}
	}
}
