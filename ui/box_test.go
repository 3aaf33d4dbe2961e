package ui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

type plainStyle struct{}

func (plainStyle) Render(s ...string) string { return strings.Join(s, "") }

// The top edge keeps its exact width, never drops the status (the filter
// comes first in it, so clipping from the end keeps the filter) and always
// keeps a dash between title and status.
func TestTopEdgeClipsStatusNeverDropsIt(t *testing.T) {
	const status = "filter moon · 0 of 10 keys · 3 unreadable · sort status"
	tests := []struct {
		name, title, right string
		inner              int
		want               string
	}{
		{"fits", "2 Riders", "5 keys", 30, "╭─ 2 Riders ─────────── 5 keys ╮"},
		{"status clipped, filter kept", "2 Riders", status, 40, "╭─ 2 Riders ─ filter moon · 0 of 10 key… ╮"},
		{"long title gives way", "3 Students with a very long name", status, 30, "╭─ 3 Students wi… ─ filter mo… ╮"},
		{"no status", "2 Riders", "", 12, "╭─ 2 Riders ─╮"},
		{"tiny", "2 Riders", status, 6, "╭─ … ──╮"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := topEdge(plainStyle{}, plainStyle{}, plainStyle{}, tt.title, tt.right, tt.inner)
			if w := ansi.StringWidth(got); w != tt.inner+2 {
				t.Errorf("width %d, want %d: %q", w, tt.inner+2, got)
			}
			if got != tt.want {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}

func TestPluralAndKeysStatus(t *testing.T) {
	tests := []struct {
		got, want string
	}{
		{plural(1, "group"), "1 group"},
		{plural(0, "group"), "0 groups"},
		{plural(1200, "key"), "1,200 keys"},
		{keysStatus(1, 1, 0, 0), "1 key"},
		{keysStatus(8, 12, 3, 0), "8 of 12 keys · 3 unreadable"},
		{keysStatus(12, 12, 0, 2), "12 keys · 2 evicted"},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("got %q, want %q", tt.got, tt.want)
		}
	}
}
