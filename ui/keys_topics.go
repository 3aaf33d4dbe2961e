package ui

import "charm.land/bubbles/v2/key"

// TopicKeys are the Topics pane's own bindings.
type TopicKeys struct {
	Internal key.Binding // show or hide internal topics
	Brokers  key.Binding // the brokers list instead of the topics
	Watch    key.Binding // read the topic into the Log from a chosen place
	Unwatch  key.Binding // stop reading it
	Chart    key.Binding // chart it: a view inferred from its records
}

func defaultTopicKeys() TopicKeys {
	return TopicKeys{
		Internal: key.NewBinding(key.WithKeys("i"), key.WithHelp("i", "internal topics")),
		Brokers:  key.NewBinding(key.WithKeys("b"), key.WithHelp("b", "brokers")),
		Watch:    key.NewBinding(key.WithKeys("w"), key.WithHelp("w", "read into Log")),
		Unwatch:  key.NewBinding(key.WithKeys("u"), key.WithHelp("u", "stop reading")),
		Chart:    key.NewBinding(key.WithKeys("v"), key.WithHelp("v", "chart as a view")),
	}
}
