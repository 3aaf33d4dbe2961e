package ui

import (
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// A detail a few lines taller than its box gives up one line per line
// needed, the blank lines first (the last section's first), then the
// partitions title, so the box is filled and no row stands blank
// (ut42a-14: one outcome line took the three blank lines and the title,
// and three rows stood blank at the bottom).
func TestTopicDetailGivesUpOneLinePerLineNeeded(t *testing.T) {
	a := foreignApp(t, 80, 24)
	do(a, "z", "enter")
	a.Update(changedMsg{version: a.c.Store.Version()})
	a.View()
	d := a.panes[paneTopics].(*TopicsPane).detail
	if d == nil {
		t.Fatalf("no topic opened:\n%s", screen(a))
	}
	st, w := a.c.Styles, 78
	d.tight = 0
	body, _ := d.draft(st, w)
	full := len(body)
	for given := range tightMost + 1 {
		d.settle(st, w, full-given)
		if d.rows != full-given {
			t.Errorf("box of %d lines for a detail of %d: %d lines drawn", full-given, full, d.rows)
		}
		if got, _ := d.draft(st, w); given < tightMost && !containsLine(got, "partitions") {
			t.Errorf("%d lines short: the partitions title went before a blank line:\n%q", given, got)
		}
	}
}

// containsLine reports whether lines holds one that reads want, styles aside.
func containsLine(lines []string, want string) bool {
	for _, l := range lines {
		if ansi.Strip(l) == want {
			return true
		}
	}
	return false
}
