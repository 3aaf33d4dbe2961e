package ui

import "charm.land/bubbles/v2/key"

// GroupKeys are the Partitions and Groups panes' own bindings (issue 4):
// side-by-side groups, health reasons and demo groups.
type GroupKeys struct {
	Mark, Reason key.Binding
	// Column moves side by side's cursor column (the group o, D and O
	// act on) left or right.
	Column key.Binding
	// Log pages side by side's rebalance log back (pgup) and forward
	// (pgdn) (groups_side_log.go).
	Log                                          key.Binding
	DemoNew, DemoAdd, DemoRemove, Slower, Faster key.Binding
	DemoStop                                     key.Binding
	// Operator actions (issue 11): reset offsets, delete the group,
	// delete its offsets on a topic.
	Reset, DeleteGroup, DeleteOffsets key.Binding
}

// TopicActionKeys are the topic actions (Topics and Partitions panes):
// create, add partitions, edit a config, delete.
type TopicActionKeys struct {
	Create, AddPartitions, EditConfig, Delete key.Binding
}

func defaultTopicActionKeys() TopicActionKeys {
	return TopicActionKeys{
		Create:        key.NewBinding(key.WithKeys("C"), key.WithHelp("C", "create topic")),
		AddPartitions: key.NewBinding(key.WithKeys("A"), key.WithHelp("A", "add partitions")),
		EditConfig:    key.NewBinding(key.WithKeys("E"), key.WithHelp("E", "edit topic config")),
		Delete:        key.NewBinding(key.WithKeys("D"), key.WithHelp("D", "delete topic")),
	}
}

func defaultGroupKeys() GroupKeys {
	return GroupKeys{
		Mark:       key.NewBinding(key.WithKeys("space"), key.WithHelp("space", "mark, then next")),
		Reason:     key.NewBinding(key.WithKeys("r"), key.WithHelp("r", "health reasons")),
		Column:     key.NewBinding(key.WithKeys("left", "right"), key.WithHelp("←/→", "pick group")),
		Log:        key.NewBinding(key.WithKeys("pgup", "pgdown"), key.WithHelp("pgup/pgdn", "rebalance log older/newer")),
		DemoNew:    key.NewBinding(key.WithKeys("n"), key.WithHelp("n", "new demo group")),
		DemoAdd:    key.NewBinding(key.WithKeys("+", "="), key.WithHelp("+", "add member")),
		DemoRemove: key.NewBinding(key.WithKeys("-"), key.WithHelp("-", "remove member")),
		Slower:     key.NewBinding(key.WithKeys("["), key.WithHelp("[", "slower")),
		Faster:     key.NewBinding(key.WithKeys("]"), key.WithHelp("]", "faster")),
		DemoStop:   key.NewBinding(key.WithKeys("x"), key.WithHelp("x", "stop demo group")),

		Reset:         key.NewBinding(key.WithKeys("o"), key.WithHelp("o", "reset offsets")),
		DeleteGroup:   key.NewBinding(key.WithKeys("D"), key.WithHelp("D", "delete group")),
		DeleteOffsets: key.NewBinding(key.WithKeys("O"), key.WithHelp("O", "delete group's offsets on topic")),
	}
}
