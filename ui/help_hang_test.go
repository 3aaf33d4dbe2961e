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
	for _, want := range []string{"STALL  offset still while lag > 0", "WARN   lag rose at every poll"} {
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

// Every wrapped prose note goes on two cells in from where it starts,
// whatever its label (ut38a-5: `filter (/): …` and `rf (…), …` went on
// at the edge while `rate: …` hung under its label); a row of a table of
// terms goes on under its term's text.
func TestHelpNotesOneHangingIndent(t *testing.T) {
	for _, tt := range []struct {
		note string
		hang int
	}{
		{"filter (/): words (any case) · re:REGEXP · topic= partition= offset= key= (the Kafka key)", 2},
		{"rf (replication factor), cleanup or clean, retention or retain or ret: where topics differ", 2},
		{"rate: records produced per second · trend: records per 10 s bucket, as a rate, newest at the right", 2},
		{"health: OK lag 0 or keeping up · WARN lag kept rising · STALL offset still, lag > 0", 2},
		{"  JSON fields by path: load_kg>2  machine_id=washer-02  (= != > < >= <=) · all terms must match", 4},
		{"health: OK     every partition has a leader and its full ISR, and a long tail of words", 15},
		{"        STALL? offset still since before washboard started (under 5m ago), the record", 15},
	} {
		lines := hangNote(tt.note, 60)
		if len(lines) < 2 {
			t.Fatalf("%q did not wrap at 60", tt.note)
		}
		for _, l := range lines[1:] {
			if got := len(l) - len(strings.TrimLeft(l, " ")); got != tt.hang {
				t.Errorf("%q goes on at %d, want %d: %q", tt.note, got, tt.hang, lines)
			}
		}
	}
}
