package ui

import (
	"strings"
	"testing"
)

// ut43b-6: under a filter, Topics' border read `filter rid · 1 of 3 topics
// · all rf 1, cleanup delete, retention 7d`: the `all` was every listed
// topic's, read as the one shown's. Under a filter the border names
// whose the shared values are, the list's 3 topics; unfiltered it says
// `all rf 1, …` as before.
func TestTopicsFilterNamesTheSharedValuesAsTheLists(t *testing.T) {
	for _, tt := range []struct {
		w      int
		filter string
		want   []string
		not    string
	}{
		{200, "rid", []string{"filter rid", "1 of 3 topics", "all 3 topics: rf 1, cleanup delete, retention 7d"}, "· all rf"},
		{100, "rid", []string{"1 of 3 topics", "all 3: rf 1, delete, 7d"}, "· all rf"},
		{200, "", []string{"3 topics", "all rf 1, cleanup delete, retention 7d"}, "all 3"},
	} {
		a := demoTopicsApp(t, tt.w, 50)
		press(a, "8", "z")
		if tt.filter != "" {
			press(a, "/")
			typeText(a, tt.filter)
			press(a, "enter")
		}
		border := ""
		for _, l := range strings.Split(screen(a), "\n") {
			if strings.Contains(l, "8 Topics") {
				border = l
			}
		}
		for _, w := range tt.want {
			if !strings.Contains(border, w) {
				t.Errorf("%d wide, filter %q: border %q, want %q", tt.w, tt.filter, border, w)
			}
		}
		if strings.Contains(border, tt.not) {
			t.Errorf("%d wide, filter %q: border %q says %q", tt.w, tt.filter, border, tt.not)
		}
	}
}
