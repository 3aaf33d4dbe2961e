package ui

import (
	"regexp"
	"strings"
	"testing"
)

// Topics' help says that its short headings are the cleanup and
// retention columns: `retain` at 80 columns and `retention` at 200 and in
// a topic's detail read as two things otherwise (ut31, kind 7).
func TestTopicsHelpNamesShortHeadings(t *testing.T) {
	a := testApp(t, 80, 24)
	notes := strings.Join(a.list.HelpNotes(), "\n")
	for _, short := range []string{"clean", "retain", "ret", "p", "offs", "hlth"} { // every short heading (ut36b-10)
		if !regexp.MustCompile(`(^|[ (])` + short + `([ ),:\n]|$)`).MatchString(notes) {
			t.Errorf("Topics' help does not name the short heading %q:\n%s", short, notes)
		}
	}
}
