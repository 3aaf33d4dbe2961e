package main

import (
	"testing"

	"github.com/washboard/washboard/model"
)

func TestSessionModeFollowsTheKeyWithinTheProcessMode(t *testing.T) {
	tests := []struct {
		name         string
		def, process model.ReadOnly
		key          string
		want         model.ReadOnly
	}{
		{"no option: the default", model.ReadOnlyAll, model.ReadOnlyOff, "", model.ReadOnlyAll},
		{"--allow-writes default", model.ReadOnlyAdmin, model.ReadOnlyOff, "", model.ReadOnlyAdmin},
		{"a key may write everything", model.ReadOnlyAll, model.ReadOnlyOff, "off", model.ReadOnlyOff},
		{"a key may produce", model.ReadOnlyAll, model.ReadOnlyOff, "admin", model.ReadOnlyAdmin},
		{"the process caps the key", model.ReadOnlyAll, model.ReadOnlyAdmin, "off", model.ReadOnlyAdmin},
		{"a typo grants nothing", model.ReadOnlyAdmin, model.ReadOnlyOff, "of", model.ReadOnlyAll},
	}
	for _, tc := range tests {
		if got := sessionMode(tc.def, tc.process, tc.key); got != tc.want {
			t.Errorf("%s: %s, want %s", tc.name, got, tc.want)
		}
	}
}
