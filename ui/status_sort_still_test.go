package ui

import (
	"strings"
	"testing"
)

// Students in the 80x24 grid: `s` through every sort keeps one key
// heading and the columns where they were (ut32a Za11: `StudentId
// State▼` sorted by State, `id▼       State` by id).
func TestStatusColumnsStayPutAsSortCycles(t *testing.T) {
	now := fixedNow
	a, _ := demoLikeApp(t, 80, 24, &now, true)
	press(a, "3")
	var first string
	for i, sort := range []string{"id", "State", "since", "seen"} {
		if i > 0 {
			press(a, "s")
		}
		got := screen(a)
		head := boxRows(t, got, "─ 3 Stu")[0]
		if !strings.Contains(head, sort+"▼") {
			t.Fatalf("sort %s: not marked: %q\n%s", sort, head, got)
		}
		plain := strings.ReplaceAll(head, "▼", " ")
		if i == 0 {
			first = plain
		} else if plain != first {
			t.Errorf("sort %s: the columns moved:\n%q\n%q", sort, first, plain)
		}
	}
}
