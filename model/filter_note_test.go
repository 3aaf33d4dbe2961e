package model

import "testing"

// A note from the tail has no value: words and re: match its text, so
// /wiped finds the notes about a recreated partition; a record's value
// still matches as before.
func TestFilterMatchesNoteText(t *testing.T) {
	note := Record{Topic: "orders", Partition: 2, Note: "the high watermark 0 fell below the read position 72 (partition wiped or recreated)"}
	rec := Record{Topic: "orders", Partition: 2, Offset: 5, Value: []byte(`{"state":"wiped"}`)}
	tests := []struct {
		expr      string
		note, rec bool
	}{
		{"wiped", true, true},
		{"WIPED", true, true},
		{"re:fell below", true, false},
		{"recreated", true, false},
		{"state", false, true},
	}
	for _, tt := range tests {
		f, err := ParseFilter(tt.expr, nil)
		if err != nil {
			t.Fatalf("%q: %v", tt.expr, err)
		}
		if got := f.Match(&note); got != tt.note {
			t.Errorf("%q on the note = %v, want %v", tt.expr, got, tt.note)
		}
		if got := f.Match(&rec); got != tt.rec {
			t.Errorf("%q on the record = %v, want %v", tt.expr, got, tt.rec)
		}
	}
}
