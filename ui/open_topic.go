package ui

import tea "charm.land/bubbletea/v2"

// openTopicMsg asks the root to show a topic's detail in the Topics pane
// (enter on a Partitions row): focus moves there, the topic opens.
type openTopicMsg struct{ topic string }

func openTopic(topic string) tea.Cmd {
	return func() tea.Msg { return openTopicMsg{topic: topic} }
}

// open shows topic's detail, whatever the pane showed before.
func (p *TopicsPane) open(topic string) {
	p.brokers = false
	p.detail = &topicDetail{topic: topic}
	if p.c.RereadConfigs != nil { // what is opened to be read is read afresh (ut24a P1)
		p.c.RereadConfigs(topic)
	}
}

// openTopic focuses the Topics pane with topic open.
func (a *App) openTopic(topic string) tea.Cmd {
	a.list.open(topic)
	return a.setFocus(paneTopics)
}
