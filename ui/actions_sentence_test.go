package ui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/washboard/washboard/model"
)

// A preview says a sentence as one paragraph, wrapped at the box's
// width only: `D` on a group broke after "offsets;" beside 93 free cells
// at 200 columns (ut25b R4).
func TestDeleteGroupPreviewIsOneSentence(t *testing.T) {
	a := adminApp(t, model.ReadOnlyOff, &recordingAdmin{})
	a.Update(tea.WindowSizeMsg{Width: 200, Height: 50})
	act(a, "5", "z", "D")
	sc := screen(a)
	for _, l := range strings.Split(sc, "\n") {
		if strings.Contains(l, "delete group") && strings.Contains(l, "are lost;") && !strings.Contains(l, "its consumers would start over") {
			t.Fatalf("the sentence breaks while its line has room:\n%s", sc)
		}
	}
	if !strings.Contains(sc, "its consumers would start over") {
		t.Fatalf("no preview:\n%s", sc)
	}
}
