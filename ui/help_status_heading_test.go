package ui

import (
	"strings"
	"testing"
)

// Students' help names the key column as its heading on screen does, and
// where the heading is the short form `id` the field beside it, so the
// heading and help say one name (ut40a-3: `id▼` over the list, `s sort:
// StudentId, …` in help). The filter says the same.
func TestStatusHelpNamesKeyAsHeading(t *testing.T) {
	for _, c := range []struct {
		w, h       int
		keys       []string
		head, help string
		filter     string
	}{
		{80, 24, []string{"3"}, "id▼", "sort: id (StudentId), State, since, last seen", "by id (StudentId) or State"},
		{80, 24, []string{"3", "z"}, "StudentId▼", "sort: StudentId, State, since, last seen", "by StudentId or State"},
		{200, 50, []string{"3"}, "StudentId▼", "sort: StudentId, State, since, last seen", "by StudentId or State"},
	} {
		now := fixedNow
		a, _ := demoLikeApp(t, c.w, c.h, &now, true)
		press(a, c.keys...)
		got := screen(a)
		if rows := strings.Join(boxRows(t, got, "3 Stu"), "\n"); !strings.Contains(rows, c.head+" ") {
			t.Fatalf("%dx%d %v: the heading is not %q:\n%s", c.w, c.h, c.keys, c.head, got)
		}
		press(a, "?")
		help := screen(a)
		if !strings.Contains(help, c.help) || !strings.Contains(help, "filter: "+c.filter) {
			t.Errorf("%dx%d %v: help does not say %q and %q under the heading %q:\n%s", c.w, c.h, c.keys, c.help, c.filter, c.head, help)
		}
	}
}
