package ui

import (
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"github.com/charmbracelet/x/ansi"

	"github.com/washboard/washboard/ui/draw"
)

// footer is the focused pane's keys, then the global ones, cut with an
// ellipsis where the line ends; "? all keys • q quit" stays at the end,
// the last to go. While a field takes keys, only the pane's keys show:
// tab and q belong to the field.
func (a *App) footer() string {
	k := a.c.Keys
	if a.picker != nil { // the open picker's keys, not the pane's
		return shortHelp(&a.help, a.picker.help(k), a.w)
	}
	bindings := a.panes[a.focus].Help()
	if a.panes[a.focus].Capturing() {
		return shortHelp(&a.help, bindings, a.w)
	}
	tail := shortHelp(&a.help, []key.Binding{k.Help, k.Quit}, a.w)
	sep := a.help.Styles.ShortSeparator.Render(a.help.ShortSeparator)
	room := a.w - ansi.StringWidth(tail) - ansi.StringWidth(sep)
	if room < 12 {
		return draw.Clip(tail, a.w)
	}
	return shortHelp(&a.help, append(bindings, k.Next, k.Zoom, k.Produce), room) + sep + tail
}

// shortHelp is help.Model's one-line help within w cells: whole items
// only, and " …" when some are left out. (help.ShortHelpView overruns its
// width when the ellipsis does not fit; the footer must never wrap.)
func shortHelp(h *help.Model, bindings []key.Binding, w int) string {
	sep := h.Styles.ShortSeparator.Render(h.ShortSeparator)
	sepW := ansi.StringWidth(sep)
	more := " " + h.Styles.Ellipsis.Render(h.Ellipsis)
	moreW := ansi.StringWidth(more)
	var out strings.Builder
	used, n := 0, 0
	for i, b := range bindings {
		if !b.Enabled() {
			continue
		}
		// Measured before styling: only what fits is rendered.
		itemW := ansi.StringWidth(b.Help().Key) + 1 + ansi.StringWidth(b.Help().Desc)
		need := itemW
		if n > 0 {
			need += sepW
		}
		if i < len(bindings)-1 {
			need += moreW // room to say more follow
		}
		if used+need > w {
			if used+moreW <= w {
				out.WriteString(more)
			}
			break
		}
		if n > 0 {
			out.WriteString(sep)
			used += sepW
		}
		out.WriteString(h.Styles.ShortKey.Render(b.Help().Key) + " " + h.Styles.ShortDesc.Render(b.Help().Desc))
		used += itemW
		n++
	}
	return draw.Clip(out.String(), w)
}
