package ui

import tea "charm.land/bubbletea/v2"

// Optional capabilities a pane may have, asked for by interface rather
// than by the pane's concrete type, so a new pane only implements them.

// topicPane is a pane about a topic at the moment: the Produce form opens
// on it, and the header counts alerts of the series pane's topic.
type topicPane interface {
	// Topic is the topic the pane is about now, or "".
	Topic() string
}

// opener is a pane that does something when focused by its key (the
// Produce form takes the topic of the pane focus came from).
type opener interface {
	Open(fromTopic string, edit bool) tea.Cmd
}

// paneTopic is the topic pane i is about, for the Produce form's default.
func (a *App) paneTopic(i int) string {
	if p, ok := a.panes[i].(topicPane); ok {
		return p.Topic()
	}
	return ""
}

// Topic is the series view's topic.
func (p *SeriesPane) Topic() string { return p.topic }

// Topic is the status view's topic.
func (p *StatusPane) Topic() string { return p.topic }

// Topic is the topic of the selected record (the newest while following).
func (p *LogPane) Topic() string {
	r, _ := p.selected()
	return r.Topic
}

// Topic is the topic of the row under the cursor.
func (p *PartitionsPane) Topic() string { return p.cursorRow().topic }

// Topic is the topic under the cursor, or the one opened.
func (p *TopicsPane) Topic() string { return p.Selected() }
