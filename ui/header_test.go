package ui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
)

func TestHeaderKeepsTheEssentialsAtEveryWidth(t *testing.T) {
	for _, w := range []int{200, 120, 100, 80, 60, 40} {
		a := testApp(t, w, 24)
		a.Update(tea.WindowSizeMsg{Width: w, Height: 24})
		h := strings.SplitN(screen(a), "\n", 2)[0]
		// The alerts and the link state matter most; the address next.
		for _, want := range []string{"!1 warn", "●"} {
			if w < 60 && want == "●" {
				continue // 40 cells hold the alerts and little else
			}
			if !strings.Contains(h, want) {
				t.Errorf("width %d: header %q lacks %q", w, h, want)
			}
		}
		if w >= 80 && !strings.Contains(h, "127.0.0.1:9092") {
			t.Errorf("width %d: header %q lacks the cluster address", w, h)
		}
	}
}
