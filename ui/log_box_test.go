package ui

import (
	"strings"
	"testing"
)

// logBox is the Log pane's box cut out of a screen (rune columns: the
// screens it is used on hold no wide characters), so a Log golden holds
// only what the Log draws and not the header, footer or other panes that
// other changes move.
func logBox(t *testing.T, screen string) string {
	t.Helper()
	if box := boxOf(screen, "6 Log"); box != "" {
		return box
	}
	t.Fatalf("no Log box on the screen:\n%s", screen)
	return ""
}

// boxOf is the box titled title cut out of a screen, "" when there is none.
func boxOf(screen, title string) string {
	lines := strings.Split(screen, "\n")
	for i, l := range lines {
		r := []rune(l)
		at := strings.Index(l, "─ "+title)
		if at < 0 {
			continue
		}
		from := len([]rune(l[:at])) - 1 // the ╭ before the title's dash
		to := from
		for to < len(r) && r[to] != '╮' {
			to++
		}
		var out []string
		for _, m := range lines[i:] {
			mr := []rune(m)
			if to >= len(mr) {
				break
			}
			out = append(out, string(mr[from:to+1]))
			if mr[from] == '╰' {
				break
			}
		}
		return strings.Join(out, "\n")
	}
	return ""
}
