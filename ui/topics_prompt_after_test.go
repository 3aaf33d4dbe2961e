package ui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// A prompt opened while the pane has the screen for something else (the
// outcome of `w`, which its box could not hold) is judged again when that
// screen is given back: at 80x24 `w enter` then `v` left v's field under
// the box's last row, typed into unseen (ut27 T2).
func TestTopicsPromptOpenedOverAnOutcomeIsOnScreen(t *testing.T) {
	for _, h := range []int{24, 18} {
		for _, second := range []string{"v", "w"} {
			a := promptApp(t, 80, h)
			do(a, "/", "type:warehouse", "enter", "w", "enter", second) // no command run: a field's blink waits half a second
			sc := ansi.Strip(a.View().Content)
			pr := a.panes[paneTopics].(*TopicsPane).prompt
			if pr == nil {
				t.Fatalf("80x%d: `w enter %s` opened no prompt:\n%s", h, second, sc)
			}
			v := pr.input.Value()
			var flat strings.Builder // the box's rows joined: the field wraps
			for _, l := range strings.Split(sc, "\n") {
				flat.WriteString(strings.TrimSpace(strings.Trim(l, "│╭╮╰╯")))
			}
			if tail := v[max(len(v)-12, 0):]; !strings.Contains(sc, "> ") || !strings.Contains(flat.String(), tail) {
				t.Errorf("80x%d: `w enter %s`: the prompt's field (…%s) is not on screen whole:\n%s", h, second, tail, sc)
			}
		}
	}
}
