package ui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/washboard/washboard/model"
)

// boxText is what a screen's boxes say, rows joined and spaces dropped,
// so text wrapped at any cell reads as one (a cut name does not).
func boxText(s string) string {
	var b strings.Builder
	for _, l := range strings.Split(s, "\n") {
		b.WriteString(strings.Trim(l, "│ "))
	}
	return strings.ReplaceAll(b.String(), " ", "")
}

// A confirmation is never cut: the preview, what to type and the outcome
// wrap whole, a long name broken at any cell, at 80x24 and 200x50 alike
// (issue 14, F29: a 235-character topic name hid what was being confirmed
// and what to type).
func TestActionConfirmationsWrapLongNames(t *testing.T) {
	name := "customer-360.profile-enrichment." + strings.Repeat("x", 200) + ".v1"
	for _, size := range [][2]int{{80, 24}, {200, 50}} {
		a := adminApp(t, model.ReadOnlyOff, &recordingAdmin{})
		a.Update(tea.WindowSizeMsg{Width: size[0], Height: size[1]})
		act(a, "4", "C", "type:"+name, "tab", "type:5", "enter")
		got := boxText(screen(a))
		for _, want := range []string{`create topic "` + name + `" with 5 partitions`, `type "` + name + `" and enter to create a topic`} {
			if !strings.Contains(got, strings.ReplaceAll(want, " ", "")) {
				t.Errorf("%dx%d: the confirmation does not say %q whole:\n%s", size[0], size[1], want, screen(a))
			}
		}
		act(a, "type:"+name, "enter")
		if want := "created topic " + name; !strings.Contains(boxText(screen(a)), strings.ReplaceAll(want, " ", "")) {
			t.Errorf("%dx%d: the outcome does not say %q whole:\n%s", size[0], size[1], want, screen(a))
		}
	}
}

// A duration config takes a human duration: "2h" for retention.ms is
// previewed with its raw milliseconds, as the old value is, and sent as
// the number Kafka takes (issue 14, F29 more: the preview read
// "7d (604800000) → 2h", and Kafka refuses "2h").
func TestEditConfigTakesAHumanDuration(t *testing.T) {
	tests := []struct{ typed, preview, sent string }{
		{"2h", "1m (60000) → 2h (7200000)", "set orders retention.ms=7200000"},
		{"7d", "1m (60000) → 7d (604800000)", "set orders retention.ms=604800000"},
		{"7200000", "1m (60000) → 2h (7200000)", "set orders retention.ms=7200000"},
	}
	for _, tt := range tests {
		t.Run(tt.typed, func(t *testing.T) {
			rec := &recordingAdmin{}
			a := adminApp(t, model.ReadOnlyOff, rec)
			act(a, "4", "E", "type:retention.ms", "tab", "type:"+tt.typed, "enter")
			if !strings.Contains(screen(a), tt.preview) {
				t.Fatalf("preview lacks %q:\n%s", tt.preview, screen(a))
			}
			act(a, "type:orders", "enter")
			if n := len(rec.calls); n == 0 || rec.calls[n-1] != tt.sent {
				t.Fatalf("calls %v, want the last %q", rec.calls, tt.sent)
			}
		})
	}
}

// E with an empty value previews the value the topic falls back to and
// where it comes from, and the preview and the outcome quote the topic the
// same way (ut16b E17: "→ (the default)", the topic quoted in one only).
func TestEditConfigSaysTheDefault(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {200, 50}} {
		t.Run(sizeName(size), func(t *testing.T) {
			rec := &recordingAdmin{}
			a := adminApp(t, model.ReadOnlyOff, rec)
			a.Update(tea.WindowSizeMsg{Width: size[0], Height: size[1]})
			act(a, "4", "E", "type:retention.ms", "enter")
			want := `retention.ms on "orders": 1m (60000) → 7d (604800000), the cluster default`
			if got := boxText(screen(a)); !strings.Contains(got, strings.ReplaceAll(want, " ", "")) {
				t.Fatalf("the preview does not say %q:\n%s", want, screen(a))
			}
			golden(t, "edit-config-default-"+sizeName(size), screen(a))
			act(a, "type:orders", "enter")
			want = `set retention.ms on "orders": 1m (60000) → 7d (604800000)`
			if got := boxText(screen(a)); !strings.Contains(got, strings.ReplaceAll(want, " ", "")) {
				t.Fatalf("the outcome does not say %q:\n%s", want, screen(a))
			}
		})
	}
}
