package ui

import tea "charm.land/bubbletea/v2"

// openTopicMsg asks the root to show a topic's detail in the Topics pane
// (enter on a Partitions row): focus moves there, the topic opens.
type openTopicMsg struct{ topic string }

func openTopic(topic string) tea.Cmd {
	return func() tea.Msg { return openTopicMsg{topic: topic} }
}

// backToPaneMsg asks the root to focus pane again: esc on a topic's
// detail opened from that pane (ut41-16: esc from a topic opened in
// Partitions landed in Topics, a list the user had not opened).
type backToPaneMsg struct{ pane int }

// open shows topic's detail, whatever the pane showed before; esc closes
// it to the Topics list.
func (p *TopicsPane) open(topic string) {
	p.brokers = false
	p.detail = &topicDetail{topic: topic}
	if p.c.RereadConfigs != nil { // what is opened to be read is read afresh (ut24a P1)
		p.c.RereadConfigs(topic)
	}
}

// openTopic focuses the Topics pane with topic open, from Partitions:
// esc goes back there (backToPaneMsg).
func (a *App) openTopic(topic string) tea.Cmd {
	a.list.open(topic)
	a.list.detail.back, a.list.detail.fromPane = a.focus, true
	return a.setFocus(paneTopics)
}

// closeDetail closes the open topic's detail: to the pane it was opened
// from (back), or the Topics list.
func (p *TopicsPane) closeDetail() tea.Cmd {
	back, from := p.detail.back, p.detail.fromPane
	p.detail = nil
	if !from || back == paneTopics {
		return nil
	}
	return func() tea.Msg { return backToPaneMsg{pane: back} }
}
