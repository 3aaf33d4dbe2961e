package model

import (
	"strings"
	"testing"
)

// Every action in every mode: all refuses everything, admin refuses only
// offset, group and topic changes, off allows everything; a refusal says
// the mode and the action in words.
func TestReadOnlyModesWalkEveryAction(t *testing.T) {
	for _, mode := range []ReadOnly{ReadOnlyOff, ReadOnlyAdmin, ReadOnlyAll} {
		for _, a := range Actions() {
			err := mode.Check(a)
			want := mode == ReadOnlyAll || (mode == ReadOnlyAdmin && a != ActProduce && a != ActDemoGroup && a != ActSaveView)
			if (err != nil) != want {
				t.Errorf("mode %s, action %s: refused %v, want refused %v", mode, a, err, want)
			}
			if err != nil && (!strings.Contains(err.Error(), "read-only mode ("+mode.String()+")") || !strings.Contains(err.Error(), a.String())) {
				t.Errorf("mode %s, action %s: refusal %q does not name the mode and the action", mode, a, err)
			}
		}
	}
	if len(Actions()) != 10 {
		t.Fatalf("%d actions; a new one must be added to this walk's expectations", len(Actions()))
	}
}

// An SSH session refuses what the local console refuses, in the viewer's
// words: the session and its mode, the action, and who gives writes; no
// "read-only mode", the local console's flag's words (ut42a-22).
func TestSessionRefusalsAreTheViewers(t *testing.T) {
	for _, mode := range []ReadOnly{ReadOnlyOff, ReadOnlyAdmin, ReadOnlyAll} {
		for _, a := range Actions() {
			local, err := mode.Check(a), mode.CheckSession(a)
			if (err != nil) != (local != nil) {
				t.Errorf("mode %s, action %s: the session refuses %v, the local console %v", mode, a, err, local)
			}
			if err == nil {
				continue
			}
			for _, want := range []string{"this session is read-only (" + mode.String() + "): cannot " + a.String(), "the server's operator gives writes per key"} {
				if !strings.Contains(err.Error(), want) {
					t.Errorf("mode %s, action %s: refusal %q does not say %q", mode, a, err, want)
				}
			}
			if strings.Contains(err.Error(), "read-only mode") {
				t.Errorf("mode %s, action %s: refusal %q says the local console's words", mode, a, err)
			}
		}
	}
}

func TestParseReadOnly(t *testing.T) {
	tests := []struct {
		in   string
		want ReadOnly
		bad  bool
	}{
		{"all", ReadOnlyAll, false}, {"true", ReadOnlyAll, false}, {"ADMIN", ReadOnlyAdmin, false},
		{"off", ReadOnlyOff, false}, {"false", ReadOnlyOff, false}, {"", ReadOnlyOff, false}, {"writes", 0, true},
	}
	for _, tc := range tests {
		got, err := ParseReadOnly(tc.in)
		if (err != nil) != tc.bad || (!tc.bad && got != tc.want) {
			t.Errorf("ParseReadOnly(%q) = %v, %v; want %v (error %v)", tc.in, got, err, tc.want, tc.bad)
		}
	}
	if ReadOnlyAdmin.Stricter(ReadOnlyOff) != ReadOnlyAdmin || ReadOnlyOff.Stricter(ReadOnlyAll) != ReadOnlyAll {
		t.Fatal("Stricter does not pick the stricter mode")
	}
}

// A mode near a known one says which it is near, as a view's kind does
// (ut32a: `read_only = "admn"` got no hint where `kind = "serie"` got
// `did you mean series?`).
func TestParseReadOnlySaysTheNearestMode(t *testing.T) {
	for in, want := range map[string]string{"admn": "; did you mean admin?", "ALLL": "; did you mean all?", "writes": "want all, admin or off"} {
		_, err := ParseReadOnly(in)
		if err == nil || !strings.HasSuffix(err.Error(), want) {
			t.Errorf("ParseReadOnly(%q): %v, want it to end %q", in, err, want)
		}
	}
}
