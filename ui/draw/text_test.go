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
