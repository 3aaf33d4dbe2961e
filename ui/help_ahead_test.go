package ui

import (
	"strings"
	"testing"
)

// Help explains the `-4,000` that the Groups and Partitions lists write
// for a group committed past the end where `ahead 4,000` would cost a
// column (ut28a U9: help said only `ahead N`; a negative lag was nowhere
// on the help screen).
func TestHelpExplainsTheShortAheadForm(t *testing.T) {
	var g GroupsPane
	notes := strings.Join(g.HelpNotes(), "\n")
	if !strings.Contains(notes, "; ahead N where the column has room") || !strings.Contains(notes, "-N     ahead N") {
		t.Errorf("help does not say what -N is:\n%s", notes)
	}
}
