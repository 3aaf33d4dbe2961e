package ui

import (
	"slices"

	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"github.com/washboard/washboard/model"
)

// inferFrom is how many of a topic's newest held records a view is
// inferred from.
const inferFrom = 500

// openViewMsg asks the root to show a view in this session's series or
// status pane (issue 15: a view inferred from a topic's records).
type openViewMsg struct{ view model.TopicView }

// savedViewMsg is the outcome of saving a view to the views file.
type savedViewMsg struct {
	path string
	err  error
}

// startChart proposes a view of the selected topic inferred from its
// recent records, as one editable line.
func (p *TopicsPane) startChart() tea.Cmd {
	t := p.Selected()
	if t == "" {
		p.notice, p.noticeBad = p.noTopicWhy("v charts the topic under the cursor"), true
		return nil
	}
	if err := p.c.allow(model.ActChartTopic); err != nil { // a view every session shares
		p.notice, p.noticeBad = err.Error(), true
		return nil
	}
	// A topic with a view (saved, or in the config) offers that view for
	// editing, not a new guess from its records.
	v, ok := p.existingView(t)
	verb := "edit the view of "
	if !ok {
		recs := p.c.Store.RecentValues(t, inferFrom)
		if len(recs) == 0 && slices.Contains(p.marked(), t) {
			p.notice, p.noticeBad = notYetHeld(t), false // w was just pressed (ut21a X-4)
			return nil
		}
		var err error
		if v, err = model.InferView(t, recs); err != nil {
			p.notice, p.noticeBad = err.Error(), true
			return nil
		}
		verb = "chart "
	}
	in := textinput.New()
	in.Prompt = ""
	in.CharLimit = 512
	in.SetValue(model.ViewSpec(v))
	in.CursorEnd()
	p.prompt = &watchPrompt{topic: t, input: in, chart: true, question: verb + t + " as:"}
	p.fitPrompt()
	return p.prompt.input.Focus()
}

// existingView is the view the store has for topic (saved, configured or
// made in this run), if any.
func (p *TopicsPane) existingView(topic string) (model.TopicView, bool) {
	var v model.TopicView
	found := false
	p.c.Store.Read(func(st *model.State) {
		for _, sv := range st.Views {
			if sv.Topic == topic {
				v, found = sv, true
				v.Fields = append([]model.Field(nil), sv.Fields...)
				return
			}
		}
	})
	return v, found
}

// chartKey ends the chart prompt: enter opens the view, ctrl+s opens and
// saves it to the views file.
func (p *TopicsPane) chartKey(save bool) tea.Cmd {
	topic, spec := p.prompt.topic, p.prompt.input.Value()
	v, err := model.ParseViewSpec(topic, spec)
	if err != nil {
		p.notice, p.noticeBad = "view not opened: "+err.Error(), true
		return nil // the prompt stays, with the text, to fix
	}
	if p.c.Views == nil {
		p.notice, p.noticeBad = "charting is off in this session", true
		return nil
	}
	p.prompt = nil
	shown, had := p.existingView(topic)
	p.notice, p.noticeBad = "charting "+topic+" ("+model.ViewSpec(v)+")", false
	if !had {
		shown = v
	} else if model.ViewSpec(shown) != model.ViewSpec(v) {
		// The running view is shared by every session: an edit applies
		// from the next start (ctrl+s saves it for then).
		p.notice = "charting " + topic + " with its running view; the edit applies from the next start once saved (ctrl+s)"
	}
	// Adding the view takes the store's write lock and folds the held
	// records of the topic into it: a command's work, not Update's.
	views, now := p.c.Views, p.c.now()
	open := func() tea.Msg {
		views.AddView(v, now)
		return openViewMsg{view: shown}
	}
	if !save {
		return open
	}
	if p.c.SaveView == nil {
		p.notice, p.noticeBad = "views cannot be saved in this session", true
		return open
	}
	saveView, ctx := p.c.SaveView, p.c.Ctx
	return tea.Batch(open, forPane(paneTopics, func() tea.Msg {
		path, err := saveView(ctx, v)
		return savedViewMsg{path: path, err: err}
	}))
}

// saved takes a save outcome.
func (p *TopicsPane) saved(m savedViewMsg) {
	if m.err != nil {
		p.notice, p.noticeBad = "view not saved: "+m.err.Error(), true
		return
	}
	p.notice, p.noticeBad = "view saved to "+m.path+" (it comes back next start)", false
}

// openView shows v in this session's series pane (1) or first status pane
// (2) and focuses it; other sessions keep their panes.
func (a *App) openView(v model.TopicView) {
	// A pane of the same kind already showing the topic shows the view
	// (it reads the store's view, now the edited one): no second copy
	// over another pane (ut16a D23: v on Student put Students over Riders).
	for _, j := range []int{paneSeries, paneStatus1, paneStatus2} {
		if tp, ok := a.panes[j].(topicPane); ok && tp.Topic() == v.Topic && (j == paneSeries) == (v.Kind != model.StatusView) {
			if v.Kind == model.StatusView {
				a.panes[j] = NewStatusPane(a.c, v.Topic, model.PrintableString(v.Title))
			} else {
				a.panes[j] = NewSeriesPane(a.c, v.Topic, model.PrintableString(v.Title))
			}
			a.focus = j
			a.resize()
			return
		}
	}
	i := paneSeries
	if v.Kind == model.StatusView {
		i = paneStatus1
		a.panes[i] = NewStatusPane(a.c, v.Topic, model.PrintableString(v.Title))
	} else {
		a.panes[i] = NewSeriesPane(a.c, v.Topic, model.PrintableString(v.Title))
	}
	a.focus = i
	a.resize()
}
