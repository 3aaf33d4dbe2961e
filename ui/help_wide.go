package ui

import (
	"slices"
	"strings"

	"charm.land/bubbles/v2/key"

	"github.com/washboard/washboard/ui/draw"
)

// helpWide lays the keys out side by side (helpColumns) and the pane list
// as running text in the room the other columns leave beside their first
// block, in order, where every name fits it whole; else under them, in the
// whole width. ut40a-24,
// ut40b-13: the eight panes took eight rows of a column whose names were
// cut to 18 cells (`1 logistic…east-2.v3`) with 60 cells blank beside them.
func (a *App) helpWide(h helpList, w int) []string {
	groups := draw.UniqueBindings([][]key.Binding{h.own, h.global, h.scrolling})
	lines := a.helpColumns(groups, w)
	block := len(lines)
	if i := slices.Index(lines, ""); i >= 0 {
		block = i
	}
	used := 0
	for _, l := range lines[:block] {
		used = max(used, draw.Width(l))
	}
	gap := draw.Width(a.help.FullSeparator)
	panes := a.paneBindings(w - 2)
	if room := w - used - gap; block > 0 && room >= max(minPaneRoom, widestBinding(panes)) {
		flow := draw.HelpFlow(panes, a.c.Styles.Key, room)
		if len(flow) <= block {
			for i, f := range flow {
				lines[i] += strings.Repeat(" ", used-draw.Width(lines[i])+gap) + f
			}
			return lines
		}
	}
	if len(lines) > 0 {
		lines = append(lines, "")
	}
	return append(lines, draw.HelpFlow(panes, a.c.Styles.Key, w)...)
}

// widestBinding is the cells of the widest `key desc` of bs.
func widestBinding(bs []key.Binding) int {
	w := 0
	for _, b := range bs {
		w = max(w, draw.Width(b.Help().Key)+1+draw.Width(b.Help().Desc))
	}
	return w
}

// minPaneRoom is the fewest cells the pane list takes beside the other
// columns: two panes a line of the demo's names.
const minPaneRoom = 24
