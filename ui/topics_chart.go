package ui

import (
	"slices"

	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"github.com/washboard/washboard/model"
)

// saveViewHelp is the chart prompt's ctrl+s in the footer.
const saveViewHelp = "open and save"

// maySaveView reports whether this session may save a view: the local
// console always (its own views.toml, no write to the cluster); an SSH
// session as its read-only mode allows (ut24a P13).
func (c *Common) maySaveView() bool {
	return c.User == "" || c.allow(model.ActSaveView) == nil
}

// inferFrom is how many of a topic's newest held records a view is
// inferred from.
const inferFrom = 500

// openViewMsg asks the root to show a view in this session's series or
// status pane (issue 15: a view inferred from a topic's records). note is
// the outcome to say there, read whole until the next key (ut24a P6, P10:
// focus goes to the view's pane, where Topics' own outcome may be off
// screen); bad marks a failure.
type openViewMsg struct {
	view model.TopicView
	note string
	bad  bool
	save *savedViewMsg // the save's outcome, when ctrl+s saved the view
}

// savedViewMsg is the outcome of saving a view to the views file.
type savedViewMsg struct {
	topic string
	path  string
	err   error
}

// words is the save's outcome in words.
func (m savedViewMsg) words() (string, bool) {
	if m.err != nil {
		return "view of " + model.PrintableString(m.topic) + " not saved: " + m.err.Error(), true
	}
	return "saved the view of " + model.PrintableString(m.topic) + " to " + m.path + " (it comes back next start)", false
}

// startChart proposes a view of the selected topic inferred from its
// recent records, as one editable line.
func (p *TopicsPane) startChart() tea.Cmd {
	t := p.Selected()
	if t == "" {
		p.notice, p.noticeBad = p.noTopicWhy("v charts the topic under the cursor"), true
		return nil
	}
	// Charting is a read in every read-only mode: the view is this
	// session's (other sessions' panes keep theirs); only saving it from
	// an SSH session is a write others start from (chartKey).
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
	v, _, found := p.existingViewFrom(topic)
	return v, found
}

// existingViewFrom is existingView and where the view comes from, in
// words: "made in this run", "saved", "built in: …" or "from the config".
func (p *TopicsPane) existingViewFrom(topic string) (v model.TopicView, from string, found bool) {
	p.c.Store.Read(func(st *model.State) {
		opened := len(st.Views) - len(st.OpenedViews())
		for i, sv := range st.Views {
			if sv.Topic == topic {
				v, found = sv, true
				v.Fields = append([]model.Field(nil), sv.Fields...)
				switch {
				case i >= opened:
					from = "made in this run"
				case sv.Saved:
					from = "saved"
				case sv.BuiltIn:
					from = "built in: the demo's seed topics"
				default:
					from = "from the config"
				}
				return
			}
		}
	})
	return v, from, found
}

// hasViewNote says that topic already had a view, which is what shows
// (ut34a-13: v then enter on a configured topic brought up Machines with
// nothing saying it was not a view inferred from the records).
func hasViewNote(topic string, v model.TopicView, from string) string {
	return model.PrintableString(topic) + " has the view " + model.PrintableString(v.Title) + " (" + from + "): showing it"
}

// chartKey ends the chart prompt: enter opens the view, ctrl+s opens and
// saves it to the views file.
func (p *TopicsPane) chartKey(save bool) tea.Cmd {
	topic, spec := p.prompt.topic, p.prompt.input.Value()
	v, err := model.ParseViewSpec(topic, spec)
	if err == nil {
		// A path no held record has would fold nothing, here and (saved)
		// at every next start (ut38a-15).
		err = model.CheckViewPaths(v, p.c.Store.RecentValues(topic, inferFrom))
	}
	if err != nil {
		p.notice, p.noticeBad = "view not opened: "+err.Error(), true
		return nil // the prompt stays, with the text, to fix
	}
	if p.c.Views == nil {
		p.notice, p.noticeBad = "charting is off in this session", true
		return nil
	}
	p.prompt = nil
	shown, from, had := p.existingViewFrom(topic)
	p.notice, p.noticeBad = "charting "+topic+" ("+model.ViewSpec(v)+")", false
	note := ""
	switch {
	case !had:
		shown = v
	case model.ViewSpec(shown) != model.ViewSpec(v):
		// The running view is shared by every session: an edit applies
		// from the next start (ctrl+s saves it for then).
		p.notice = hasViewNote(topic, shown, from) + "; the edit applies from the next start once saved (ctrl+s)"
		note = p.notice
		if save {
			note = hasViewNote(topic, shown, from) + "; the edit applies from the next start"
		}
	default:
		p.notice = hasViewNote(topic, shown, from)
		note = p.notice
	}
	if save && p.c.SaveView == nil {
		p.notice, p.noticeBad = "views cannot be saved in this session", true
		note = p.notice
		save = false
	}
	if save && !p.c.maySaveView() { // opened for this session, not saved
		p.notice, p.noticeBad = "charting "+topic+" for this session, not saved: "+p.c.allow(model.ActSaveView).Error(), true
		note = p.notice
		save = false
	}
	// Adding the view takes the store's write lock and folds the held
	// records of the topic into it, and saving writes a file: a command's
	// work, not Update's. The save's outcome comes with the view, so it is
	// said where the view opens (ut24a P6: ctrl+s said nothing on screen).
	views, now, bad := p.c.Views, p.c.now(), p.noticeBad
	saveView, ctx := p.c.SaveView, p.c.Ctx
	return func() tea.Msg {
		views.AddView(v, now)
		m := openViewMsg{view: shown, note: note, bad: bad}
		if save {
			path, err := saveView(ctx, v)
			m.save = &savedViewMsg{topic: topic, path: path, err: err}
			words, failed := m.save.words()
			if note != "" {
				words = note + "; " + words
			}
			m.note, m.bad = words, failed
		}
		return m
	}
}

// saved takes a save outcome.
func (p *TopicsPane) saved(m savedViewMsg) {
	p.notice, p.noticeBad = m.words()
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

// replacedNote says which view a view opened with v took the pane of, and
// how it comes back, where it took it from another topic's (ut36a-23:
// Machines gone for the session, neither the outcome nor help saying how
// to get it back); "" where the pane showed the topic already, or where
// the view it replaced had no topic on this cluster (ut38b-11: `v on
// laundry-machine-logs` said where no such topic is to put v on).
func (a *App) replacedNote(was, now Pane) string {
	old, cur := paneTopic(was), paneTopic(now)
	if was == now || old == "" || old == cur {
		return ""
	}
	absent := false
	a.c.Store.Read(func(st *model.State) { absent = viewAbsent(st, a.c.Cluster.Embedded, old) })
	if absent {
		return ""
	}
	return "in place of " + model.PrintableString(was.Title()) + " (v on " + model.PrintableString(old) + ", enter brings it back)"
}
