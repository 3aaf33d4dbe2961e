package ui

// paneTopic is the topic pane i is about, for the Produce form's default:
// the view panes' configured topics, the Log's selected record.
func (a *App) paneTopic(i int) string {
	switch p := a.panes[i].(type) {
	case *MachinesPane:
		return p.topic
	case *StatusPane:
		return p.topic
	case *LogPane:
		return p.selectedTopic()
	case *TopicsPane:
		return p.Selected()
	}
	return ""
}

// selectedTopic is the topic of the selected record, or "".
func (p *LogPane) selectedTopic() string {
	r, _ := p.selected()
	return r.Topic
}
