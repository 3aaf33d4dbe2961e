package ui

import (
	"strings"
	"testing"
)

// A suggestion in the schema field at 200 columns draws no stray … at the
// pane's right edge: the live field is cut to the pane, not past it.
func TestProduceSchemaSuggestionFitsThePane(t *testing.T) {
	for _, w := range []int{200, 120, 80} {
		a, p, _ := produceApp(t, w, 40)
		a.c.Schemas = &fakeSchemas{}
		p.Update(subjectsMsg{subjects: []string{"readings-value"}})
		do(a, "p", "enter")
		p.active = fieldSchema
		p.focusField()
		typeText(a, "rea")
		s := screen(a)
		var line string
		for _, l := range strings.Split(s, "\n") {
			if i := strings.Index(l, "schema    "); i >= 0 && strings.Contains(l[i:], "rea") {
				line = l[i:]
			}
		}
		if line == "" || !strings.Contains(line, "readings-value") {
			t.Fatalf("width %d: no schema line with its suggestion:\n%s", w, s)
		}
		if strings.Contains(line, "…") {
			t.Errorf("width %d: stray … on the schema line %q", w, line)
		}
	}
}
