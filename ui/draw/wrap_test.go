package draw

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

func TestWrapKeepsEveryCharacter(t *testing.T) {
	long := "customer-360.profile-enrichment." + strings.Repeat("x", 60) + ".v1"
	tests := []struct {
		name  string
		s     string
		width int
		want  []string
	}{
		{"fits", "type abc and enter", 20, []string{"type abc and enter"}},
		{"at spaces", "type abc and enter to reset", 12, []string{"type abc and", "enter to", "reset"}},
		{"a long name broken anywhere", `type "` + long[:30] + `" now`, 12,
			[]string{`type "custom`, `er-360.profi`, `le-enrichmen`, `" now`}},
		{"wide runes", "日本語の名前", 5, []string{"日本", "語の", "名前"}},
		{"a rune wider than the line", "日本", 1, []string{"日", "本"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Wrap(tt.s, tt.width)
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Fatalf("Wrap(%q, %d) = %q, want %q", tt.s, tt.width, got, tt.want)
			}
			joined := strings.ReplaceAll(strings.Join(got, ""), " ", "")
			if joined != strings.ReplaceAll(tt.s, " ", "") {
				t.Errorf("characters lost or added: %q", joined)
			}
			for _, l := range got {
				if ansi.StringWidth(l) > max(tt.width, 2) {
					t.Errorf("line %q is wider than %d", l, tt.width)
				}
			}
		})
	}
}
