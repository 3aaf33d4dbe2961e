package ui

import (
	"strings"
	"testing"
)

// topEdge is the top edge of the box whose title starts with title.
func topEdge(t *testing.T, got, title string) string {
	t.Helper()
	for _, l := range strings.Split(got, "\n") {
		if i := strings.Index(l, "╭─ "+title); i >= 0 {
			l = l[i:]
			if j := strings.Index(l, "╮"); j >= 0 {
				l = l[:j+len("╮")]
			}
			return l
		}
	}
	t.Fatalf("no box %q in\n%s", title, got)
	return ""
}

// ut43a-4, ut43a-21, ut43a-3: the 80x24 grid's view borders. Students
// dropped `40 keys` (and cut a filter to `/L…`) for the room of a
// position it never shows, `40-40/40` beside a page of one row; a title
// is cut before a view's count goes; Riders under a filter says how many
// of how many keys match (`/a · 7 of 8`), not `filter a · 1/7` alone.
func TestViewBordersKeepTheCount(t *testing.T) {
	tests := []struct {
		keys  []string
		title string
		want  []string
	}{
		{[]string{"3"}, "3 Stu", []string{"40 keys · 1/40"}},
		{[]string{"3", "/", "L", "o", "g", "g"}, "3 Stu", []string{"/Logg · 1/39"}},
		{[]string{"3", "/", "L", "o", "g", "g", "enter"}, "3 Stu", []string{"/Logg · 1/39"}},
		{[]string{"2"}, "2 Ri", []string{"8 keys · 1/8"}},
		{[]string{"2", "/", "a", "enter"}, "2 Ri", []string{"/a · 7 of 8 · 1/7"}},
		{[]string{"2", "s", "s"}, "2 Ri", []string{"8 keys · 1/8"}},
	}
	for _, tt := range tests {
		now := fixedNow
		a, _ := demoLikeApp(t, 80, 24, &now, true)
		press(a, tt.keys...)
		got := screen(a)
		edge := topEdge(t, got, tt.title)
		for _, w := range tt.want {
			if !strings.Contains(edge, w) {
				t.Errorf("%v: the border lacks %q: %s\n%s", tt.keys, w, edge, got)
			}
		}
		if strings.Contains(edge, "…") && strings.Contains(edge, "─── ") {
			t.Errorf("%v: the border cuts beside free room: %s", tt.keys, edge)
		}
	}
}
