package ui

import (
	"strings"

	tea "charm.land/bubbletea/v2"

	"github.com/washboard/washboard/model"
)

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

// paneForm is the Produce template pane i offers (issue 15): the Log's
// selected record whole while paused (a record chosen) (key, value, headers, partition), the Partitions
// pane's partition, an opened topic's name. ok is false when the pane
// offers only a topic (paneTopic) or nothing.
func (a *App) paneForm(i int) (f model.Form, note string, ok bool) {
	switch p := a.panes[i].(type) {
	case *LogPane:
		if p.follow { // nothing chosen while following: the topic only
			return f, "", false
		}
		r, found := p.selected()
		if !found {
			return f, "", false
		}
		f, lost := model.RecordForm(&r)
		if len(lost) > 0 {
			note = "not text, left out: " + strings.Join(lost, ", ")
		}
		return f, note, true
	case *PartitionsPane:
		r := p.cursorRow()
		if r.topic == "" || (r.kind != partRow && r.kind != partGroupRow) {
			return f, "", false
		}
		f = a.panes[paneProduce].(*ProducePane).form()
		if f.Topic != r.topic {
			f.Key, f.Value, f.Headers = "", "", ""
		}
		f.Topic, f.Partition = r.topic, itoa(r.part)
		return f, "", true
	}
	return f, "", false
}

// resendMsg asks the root to open Produce with a Log record as the
// template, whatever the form held (the Log's "edit and resend").
type resendMsg struct {
	form model.Form
	note string
}

// resend offers the selected record (or the one open) to the Produce form.
func (p *LogPane) resend() tea.Cmd {
	r, ok := p.selected()
	if p.detail != nil {
		r, ok = p.detail.rec, true
	}
	if !ok {
		return nil
	}
	f, lost := model.RecordForm(&r)
	note := ""
	if len(lost) > 0 {
		note = "not text, left out: " + strings.Join(lost, ", ")
	}
	return func() tea.Msg { return resendMsg{form: f, note: note} }
}
