package draw

import (
	"slices"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

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

func TestWrapHanging(t *testing.T) {
	tests := []struct {
		in    string
		width int
		want  []string
	}{
		{"short", 10, []string{"short"}},
		{"filters by id or program", 14, []string{"filters by id", "  or program"}},
		{"  key= the view's key field", 12, []string{"  key= the", "    view's", "    key", "    field"}},
		{"a  b cc", 4, []string{"a  b", "  cc"}},
	}
	for _, tt := range tests {
		got := WrapHanging(tt.in, tt.width)
		if len(got) != len(tt.want) {
			t.Errorf("WrapHanging(%q, %d) = %q, want %q", tt.in, tt.width, got, tt.want)
			continue
		}
		for i := range got {
			if got[i] != tt.want[i] || ansi.StringWidth(got[i]) > tt.width {
				t.Errorf("WrapHanging(%q, %d) = %q, want %q", tt.in, tt.width, got, tt.want)
				break
			}
		}
	}
}

// ut42b-4: the Log's help wrapped `· all terms must` and left `match`
// alone on the next line; a clause after ` · ` that would break goes on
// whole from its `·` where it fits there, and a clause too long for a
// line still breaks at its words.
func TestWrapHangingKeepsAClauseWhole(t *testing.T) {
	note := "  JSON fields by path: qty>6  sku=sku-33  (= != > < >= <=) · all terms must match"
	got := WrapHanging(note, 76)
	want := []string{"  JSON fields by path: qty>6  sku=sku-33  (= != > < >= <=)", "    · all terms must match"}
	if !slices.Equal(got, want) {
		t.Errorf("WrapHanging at 76:\n%q\nwant\n%q", got, want)
	}
	long := "a b · " + strings.Repeat("word ", 20) + "end"
	for _, l := range WrapHanging(long, 30) {
		if Width(l) > 30 {
			t.Errorf("%q is wider than 30", l)
		}
	}
}

// TestWidthIsStringWidth pins that Width's fast path (ASCII, SGR styles,
// `·` and `…`) gives what ansi.StringWidth gives for every input, so frame
// code may call either: wide runes, combining marks after the fast
// path's runes, escapes (SGR whole, cut off or malformed, other CSI, OSC,
// bare ESC, C1), control bytes, invalid UTF-8, and each of these glued to
// plain ASCII on both sides, where a fast path that looked at too little
// would go wrong.
func TestWidthIsStringWidth(t *testing.T) {
	hostile := []string{
		"", "abc", " ~", "洗濯機", "e\u0301", "a\u0308b", "👍🏽", "🇯🇵", "👨‍👩‍👧",
		"\x1b[31mred\x1b[0m", "\x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\", "\x1b", "\x1bx", "\x9b31m", "\u009b1m",
		"\t", "\n", "\r\n", "\x00", "\x7f", "\x08", "a\x07b", "\xff", "\xc3", "\xe6\xb4",
		"\u202eevil", "\u200b", "\ufeff", "k-bidi-\\u202eevil", "ｗｉｄｅ", "\u0301",
		"\x1b[m", "\x1b[0m", "\x1b[1;38;2;10;20;30m", "\x1b[38:2::1:2:3m", "\x1b[31", "\x1b[", "\x1b[?25l", "\x1b[2J",
		"\x1b[31;m", "\x1b[<1m", "\x1b[1 m", "\x1b[31mx\x1b", "·", "…", "a · b", "·\u0301", "…\u200d", "…\ufe0f",
		"·…·", "\x1b[2m·\x1b[m", "\xc2", "\xe2\x80", "·\x1b[0m", "\u00b7\u0308",
	}
	var all []string
	for _, h := range hostile {
		all = append(all, h, "x"+h, h+"x", "ab "+h+" cd", h+h)
	}
	for b := range 256 {
		all = append(all, string([]byte{byte(b)}), "a"+string([]byte{byte(b)})+"z")
	}
	seed := uint32(1)
	for range 2000 { // hostile pieces glued in a fixed pseudo-random order
		var s strings.Builder
		for range 4 {
			seed = seed*1664525 + 1013904223
			s.WriteString(all[int(seed>>8)%len(all)])
		}
		all = append(all, s.String())
	}
	for _, s := range all {
		if got, want := Width(s), ansi.StringWidth(s); got != want {
			t.Errorf("Width(%q) = %d, ansi.StringWidth = %d", s, got, want)
		}
	}
}
