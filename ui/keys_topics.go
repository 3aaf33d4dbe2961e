package ui

import "charm.land/bubbles/v2/key"

// TopicKeys are the Topics pane's own bindings.
type TopicKeys struct {
	Internal key.Binding // show or hide internal topics
	Brokers  key.Binding // the brokers list instead of the topics
}

func defaultTopicKeys() TopicKeys {
	return TopicKeys{
		Internal: key.NewBinding(key.WithKeys("i"), key.WithHelp("i", "internal topics")),
		Brokers:  key.NewBinding(key.WithKeys("b"), key.WithHelp("b", "brokers")),
	}
}
