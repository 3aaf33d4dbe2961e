package ui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// The cluster's line goes on two lines only where the box keeps every
// row under it: the `v` or `w` prompt's rows count too. With the prompt
// open the line kept two rows while the topic being charted went, its
// heading over nothing (ut24a P24, 80x24 grid, `/refunds`, `v`).
func TestTopicsPromptKeepsTheTopicsRow(t *testing.T) {
	for _, tc := range []struct {
		key string
		h   int
	}{{"v", 24}, {"w", 24}, {"v", 18}, {"w", 18}, {"v", 16}, {"w", 16}} {
		key := tc.key
		a := promptApp(t, 80, tc.h)
		do(a, "/", "type:warehouse", "enter") // no command run: a field's blink waits half a second
		a.View()
		press(a, key)
		sc := ansi.Strip(a.View().Content)
		if !strings.Contains(sc, "  "+longTopic[:9]) { // cut as the whole list cuts it, the filter aside
			t.Errorf("80x%d %s: the prompt is open and the topic's row is not on screen:\n%s", tc.h, key, sc)
		}
	}
}
