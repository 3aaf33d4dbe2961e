package ui

import (
	"charm.land/bubbles/v2/key"

	"github.com/washboard/washboard/ui/draw"
)

// footerHelper is a pane whose footer line differs from its full key list
// (the ? screen): a hint that carries a long detail (the last export's
// file) keeps the detail out of the one-line footer unless the line has
// room left for it, so it never pushes the short hints out.
type footerHelper interface {
	FooterHelp() []key.Binding
}

// paneFooterHelp is the bindings the footer shows for a pane.
func paneFooterHelp(p Pane) []key.Binding {
	if f, ok := p.(footerHelper); ok {
		return f.FooterHelp()
	}
	return p.Help()
}

// footerRoom is how many cells of a w-cell footer are left after items,
// each "key desc", " • " between them, and the global tail ("? all keys
// • q quit" and the pane-switching hints the footer adds).
func footerRoom(w int, k *KeyMap, items []key.Binding) int {
	all := append(append([]key.Binding(nil), items...), k.Next, k.Zoom, k.Produce, k.Help, k.Quit)
	used := 0
	for i, b := range all {
		if !b.Enabled() {
			continue
		}
		if i > 0 {
			used += 3
		}
		used += draw.Width(b.Help().Key) + 1 + draw.Width(b.Help().Desc)
	}
	return w - used
}
