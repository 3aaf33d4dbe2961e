package ui

import (
	"strings"
	"testing"
)

// At 80 columns the health notes wrap under their own text, each word on
// its line, so a term is never split from its meaning (ut15b C11: "STALL
// offset / still while lag > 0", continuations indented 2, 8 and 10).
func TestHelpNotesHangUnderTheirText(t *testing.T) {
	a := lagApp(t, 80, 60, Cluster{Name: "x"}, nil) // room for the full notes (80x24 has the short ones)
	press(a, "5", "?", "G")
	s := screen(a)
	for range 3 { // the notes may start a page up from the end
		press(a, "pgup")
		s = screen(a) + "\n" + s
	}
	for _, want := range []string{"STALL  offset still while lag > 0", "WARN   lag kept rising"} {
		if !strings.Contains(s, want) {
			t.Errorf("help lacks %q whole:\n%s", want, s)
		}
	}
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		if strings.Contains(l, "new    not judged yet") && i+1 < len(lines) {
			next := strings.TrimPrefix(lines[i+1], "│")
			if !strings.HasPrefix(next, strings.Repeat(" ", 15)) || strings.TrimSpace(next) == "" {
				t.Errorf("the note's next line %q does not hang under its text", next)
			}
		}
	}
	for _, l := range []string{"x", "health: OK     lag zero", "        STALL  offset still while lag > 0 and a long tail"} {
		for _, got := range hangNote(l, 30) {
			if len(got) > 30 {
				t.Errorf("hangNote(%q) line %q wider than 30", l, got)
			}
		}
	}
}

// Topics' help says what its marks and columns mean (ut15b C29).
func TestTopicsHelpExplainsItsColumns(t *testing.T) {
	a := foreignApp(t, 120, 40)
	press(a, "8", "?", "G")
	s := screen(a)
	for _, want := range []string{"●:", "this session's Log reads the topic", "under-replicated", "offline: partitions without a leader", "trend:"} {
		if !strings.Contains(s, want) {
			t.Errorf("Topics' help lacks %q:\n%s", want, s)
		}
	}
}
