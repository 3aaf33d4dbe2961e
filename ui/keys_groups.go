package ui

import "charm.land/bubbles/v2/key"

// GroupKeys are the Partitions and Groups panes' own bindings (issue 4):
// side-by-side groups, health reasons and demo groups.
type GroupKeys struct {
	Mark, Reason                                 key.Binding
	DemoNew, DemoAdd, DemoRemove, Slower, Faster key.Binding
	DemoStop                                     key.Binding
}

func defaultGroupKeys() GroupKeys {
	return GroupKeys{
		Mark:       key.NewBinding(key.WithKeys("space"), key.WithHelp("space", "mark for side by side")),
		Reason:     key.NewBinding(key.WithKeys("r"), key.WithHelp("r", "health reasons")),
		DemoNew:    key.NewBinding(key.WithKeys("n"), key.WithHelp("n", "new demo group")),
		DemoAdd:    key.NewBinding(key.WithKeys("+", "="), key.WithHelp("+", "add member")),
		DemoRemove: key.NewBinding(key.WithKeys("-"), key.WithHelp("-", "remove member")),
		Slower:     key.NewBinding(key.WithKeys("["), key.WithHelp("[", "slower")),
		Faster:     key.NewBinding(key.WithKeys("]"), key.WithHelp("]", "faster")),
		DemoStop:   key.NewBinding(key.WithKeys("x"), key.WithHelp("x", "stop demo group")),
	}
}
