package ui

import (
	"regexp"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/washboard/washboard/model"
)

// While the cluster does not answer, the stale panes are dimmed but the
// cursor row keeps its highlight, in every polled pane that has a cursor:
// the user must still see which row enter, x or d acts on.
func TestStaleRowsKeepTheCursor(t *testing.T) {
	for _, tt := range []struct {
		name string
		keys []string
		row  string // text on the cursor row
	}{
		{"topics", []string{"8"}, "orders"},
		{"partitions", []string{"4"}, "orders"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			s := foreignStore(t)
			s.Update(func(st *model.State) { st.Link.AnsweredAt = fixedNow })
			a := realApp(t, s, 200, 50)
			press(a, tt.keys...)
			pollFailed(a)
			got := a.View().Content
			if !strings.Contains(ansi.Strip(got), "stale 30s") {
				t.Fatalf("not stale:\n%s", ansi.Strip(got))
			}
			if !reversedRowWith(got, tt.row) {
				t.Errorf("no highlighted cursor row with %q on stale data:\n%q", tt.row, got)
			}
		})
	}
}

// reversedRowWith reports whether a line of styled screen content shows
// text in reverse video (the Selected style).
func reversedRowWith(content, text string) bool {
	for _, l := range strings.Split(content, "\n") {
		loc := reverseSGR.FindStringIndex(l)
		if loc != nil && strings.Contains(ansi.Strip(l[loc[0]:]), text) {
			return true
		}
	}
	return false
}

// reverseSGR is an SGR sequence that turns reverse video on (parameter 7).
var reverseSGR = regexp.MustCompile(`\x1b\[(?:[0-9]+;)*7[;m]`)
