package draw

import (
	"strings"

	"charm.land/bubbles/v2/key"
)

// HelpFlow lays bindings out as running text, `key desc` after `key desc`
// with helpGap cells between them, a line broken only between two
// bindings: a group of short bindings of unlike widths (the global keys,
// the pane numbers) takes as few lines as its words need, where a grid
// pads every cell to its column's widest (s20-help: the global keys took
// six rows of an 80x24 help). A binding wider than w is a line of its own;
// the caller wraps. Disabled bindings are left out.
func HelpFlow(bs []key.Binding, keyStyle Renderer, w int) []string {
	var lines []string
	var b strings.Builder
	used := 0
	for _, k := range bs {
		if !k.Enabled() {
			continue
		}
		h := k.Help()
		cells := Width(h.Key) + 1 + Width(h.Desc)
		if used > 0 && used+helpGap+cells > w {
			lines = append(lines, b.String())
			b.Reset()
			used = 0
		}
		if used > 0 {
			b.WriteString(strings.Repeat(" ", helpGap))
			used += helpGap
		}
		b.WriteString(keyStyle.Render(h.Key) + " " + h.Desc)
		used += cells
	}
	if used > 0 {
		lines = append(lines, b.String())
	}
	return lines
}
