package ui

import (
	"slices"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// cycleSuggestion makes pgup/pgdown step through all of a field's
// suggestions (the cluster's topics, the registry's subjects) while the
// field is empty or holds one of them whole: the text input matches
// suggestions by prefix only, so an empty field suggested nothing and a
// topic picked whole matched only itself. It reports whether it handled
// msg; a partly typed value is left to the input's own prefix matches.
func (p *ProducePane) cycleSuggestion(msg tea.Msg) bool {
	if isArea(p.active) {
		return false
	}
	in := &p.inputs[p.active]
	kp, ok := msg.(tea.KeyPressMsg)
	if !ok || !in.ShowSuggestions {
		return false
	}
	step := 0
	switch {
	case key.Matches(kp, in.KeyMap.NextSuggestion):
		step = 1
	case key.Matches(kp, in.KeyMap.PrevSuggestion):
		step = -1
	default:
		return false
	}
	all := in.AvailableSuggestions()
	cur := slices.Index(all, in.Value())
	if len(all) == 0 || (in.Value() != "" && cur < 0) {
		return false
	}
	next := 0
	switch {
	case cur >= 0:
		next = (cur + step + len(all)) % len(all)
	case step < 0:
		next = len(all) - 1
	}
	in.SetValue(all[next])
	in.SetSuggestions(all) // SetValue leaves the old value's matches
	in.CursorEnd()
	return true
}
