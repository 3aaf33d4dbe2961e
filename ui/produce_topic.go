package ui

import "github.com/washboard/washboard/model"

// paneTopic is the topic pane i is about, for the Produce form's default:
// the view panes' topics (as New wires them), the Log's selected record.
func (a *App) paneTopic(i int) string {
	switch i {
	case paneMachines:
		return model.LaundryTopic
	case paneRiders:
		return model.RiderTopic
	case paneStudents:
		return model.StudentTopic
	case paneLog:
		return a.panes[paneLog].(*LogPane).selectedTopic()
	}
	return ""
}

// selectedTopic is the topic of the selected record, or "".
func (p *LogPane) selectedTopic() string {
	r, _ := p.selected()
	return r.Topic
}
