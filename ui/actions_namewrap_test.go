package ui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/washboard/washboard/model"
)

// A name longer than its field's row wraps at a name boundary, as names
// wrap everywhere: `C`'s name field broke `…-viewer-chec` / `k-ut25b`
// while the refusal under it broke the same name after a '-' (ut25b R12).
func TestActionFieldsWrapNamesAtBoundaries(t *testing.T) {
	name := "ssh-created-topic-by-bob-with-a-long-name-for-the-two-viewer-check-ut25b"
	a := adminApp(t, model.ReadOnlyOff, &recordingAdmin{})
	a.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	act(a, "8", "C", "type:"+name)
	sc := screen(a)
	var rows []string
	for _, l := range strings.Split(sc, "\n") {
		l = strings.Trim(l, "│ ")
		if strings.Contains(l, "ssh-created") || (len(rows) > 0 && len(rows) < 2) {
			rows = append(rows, strings.TrimPrefix(strings.TrimSpace(strings.TrimPrefix(l, "▸name")), "name"))
		}
	}
	if len(rows) < 2 {
		t.Fatalf("the name does not wrap:\n%s", sc)
	}
	first := strings.TrimSpace(rows[0])
	if !strings.HasSuffix(first, "-") || !strings.HasPrefix(name, first) {
		t.Fatalf("the name's first row %q does not end at a name boundary:\n%s", first, sc)
	}
}
