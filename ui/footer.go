package ui

import (
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"github.com/charmbracelet/x/ansi"

	"github.com/washboard/washboard/model"
)

// footer is the focused pane's keys, then the global ones, cut with an
// ellipsis where the line ends; "? all keys • q quit" stays at the end,
// the last to go. While a field takes keys, only the pane's keys show:
// tab and q belong to the field.
func (a *App) footer() string {
	k := a.c.Keys
	bindings := a.panes[a.focus].Help()
	if a.panes[a.focus].Capturing() {
		return shortHelp(&a.help, bindings, a.w)
	}
	tail := shortHelp(&a.help, []key.Binding{k.Help, k.Quit}, a.w)
	sep := a.help.Styles.ShortSeparator.Render(a.help.ShortSeparator)
	room := a.w - ansi.StringWidth(tail) - ansi.StringWidth(sep)
	if room < 12 {
		return model.Clip(tail, a.w)
	}
	return shortHelp(&a.help, append(bindings, k.Next, k.Zoom, k.Produce), room) + sep + tail
}

// shortHelp is help.Model's one-line help within w cells: whole items
// only, and " …" when some are left out. (help.ShortHelpView overruns its
// width when the ellipsis does not fit; the footer must never wrap.)
func shortHelp(h *help.Model, bindings []key.Binding, w int) string {
	sep := h.Styles.ShortSeparator.Render(h.ShortSeparator)
	more := " " + h.Styles.Ellipsis.Render(h.Ellipsis)
	var items []string
	for _, b := range bindings {
		if b.Enabled() {
			items = append(items, h.Styles.ShortKey.Render(b.Help().Key)+" "+h.Styles.ShortDesc.Render(b.Help().Desc))
		}
	}
	var out strings.Builder
	used := 0
	for i, it := range items {
		add := it
		if i > 0 {
			add = sep + it
		}
		need := ansi.StringWidth(add)
		if i < len(items)-1 {
			need += ansi.StringWidth(more) // room to say more follow
		}
		if used+need > w {
			if used+ansi.StringWidth(more) <= w {
				out.WriteString(more)
			}
			break
		}
		out.WriteString(add)
		used += ansi.StringWidth(add)
	}
	return model.Clip(out.String(), w)
}
