package ui

import (
	tea "charm.land/bubbletea/v2"

	"github.com/washboard/washboard/model"
)

// Optional capabilities a pane may have, asked for by interface rather
// than by the pane's concrete type, so a new pane only implements them.

// topicPane is a pane about a topic at the moment: the Produce form opens
// on it, and the header counts alerts of the series pane's topic.
type topicPane interface {
	// Topic is the topic the pane is about now, or "".
	Topic() string
}

// opener is a pane that does something when focused (the Produce form
// takes the topic of the pane focus came from).
type opener interface {
	Open(fromTopic string)
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
// It reads only the last snapshot's copy (never the store), so it is safe
// under the frame's lock.
func (p *LogPane) Topic() string {
	f := &p.frame
	switch {
	case p.detail != nil:
		return p.detail.rec.Topic
	case p.hist != nil && p.hist.scroll.cursor < len(p.hist.recs):
		return p.hist.recs[p.hist.scroll.cursor].Topic
	case f.sel >= 0 && f.sel < len(f.recs):
		return f.recs[f.sel].Topic
	}
	return ""
}

// formOfferer is a pane that offers the Produce form more than a topic
// (issue 15): the Log's selected record whole while paused (key, value,
// headers, partition), the Partitions pane's partition. current is the
// form as it is; ok is false when the pane offers only a topic
// (topicPane) or nothing.
type formOfferer interface {
	offerForm(current model.Form) (f model.Form, lost []string, ok bool)
}

// paneForm is the Produce template pane i offers, if it offers one.
func (a *App) paneForm(i int) (f model.Form, lost []string, ok bool) {
	if o, is := a.panes[i].(formOfferer); is {
		return o.offerForm(a.produce.form())
	}
	return f, nil, false
}

// offerForm is the selected record whole while paused; nothing is chosen
// while following (the topic only).
func (p *LogPane) offerForm(model.Form) (f model.Form, lost []string, ok bool) {
	if p.follow {
		return f, nil, false
	}
	r, found := p.selected()
	if !found || r.Note != "" { // a tail note is not a record: it fills nothing (ut19b J1: its partition -1 did)
		return f, nil, false
	}
	f, lost = recordForm(&r)
	return f, lost, true
}

// offerForm is the partition under the cursor (a partition's row or a
// group's under it); the key, value and headers stay for the same topic.
func (p *PartitionsPane) offerForm(f model.Form) (model.Form, []string, bool) {
	r := p.cursorRow()
	if r.topic == "" || (r.kind != partRow && r.kind != partGroupRow) {
		return model.Form{}, nil, false
	}
	if f.Topic != r.topic {
		f.Key, f.Value, f.Headers = "", "", ""
	}
	f.Topic, f.Partition = r.topic, itoa(r.part)
	return f, nil, true
}

// resendMsg asks the root to open Produce with a Log record as the
// template, whatever the form held (the Log's "edit and resend").
type resendMsg struct {
	form model.Form
	lost []string // what of the record the form could not hold (model.RecordForm)
}

// resend offers the selected record (or the one open) to the Produce form.
func (p *LogPane) resend() tea.Cmd {
	r, ok := p.selected()
	if p.detail != nil {
		r, ok = p.detail.rec, true
	}
	if !ok || r.Note != "" { // a tail note is not a record to resend
		return nil
	}
	f, lost := recordForm(&r)
	return func() tea.Msg { return resendMsg{form: f, lost: lost} }
}

// Topic is the topic of the row under the cursor.
func (p *PartitionsPane) Topic() string { return p.cursorRow().topic }

// Topic is the topic under the cursor, or the one opened.
func (p *TopicsPane) Topic() string { return p.Selected() }
