package draw

import (
	"strings"

	"charm.land/bubbles/v2/key"
)

// UniqueBindings drops the bindings of groups that an earlier group (or
// an earlier place in the same group) already lists with the same keys,
// and disabled ones, so a help view shows each key once: a pane's own
// ↑/k next to the global one is one row. Empty groups go.
func UniqueBindings(groups [][]key.Binding) [][]key.Binding {
	seen := map[string]bool{}
	var out [][]key.Binding
	for _, g := range groups {
		var kept []key.Binding
		for _, b := range g {
			id := strings.Join(b.Keys(), "\x00") + "\x01" + b.Help().Key
			if !b.Enabled() || seen[id] {
				continue
			}
			seen[id] = true
			kept = append(kept, b)
		}
		if len(kept) > 0 {
			out = append(out, kept)
		}
	}
	return out
}
