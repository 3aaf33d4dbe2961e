package ui

import (
	"slices"

	"github.com/washboard/washboard/model"
	"github.com/washboard/washboard/ui/draw"
)

// foreignCluster reports whether the session shows the Topics-first
// layout: every cluster but the embedded demo, until a poll has seen one
// of the topics of the session's view panes (1-3) on it (they would
// otherwise wait for records that never come). st.Topics is written only
// by a poll that answered, so the decision is sticky across failed polls:
// a broker that stops does not flip the layout, and a cluster never
// reached gets the Topics pane, not the laundry's.
func foreignCluster(st *model.State, topics []string, embedded bool) bool {
	if embedded || st.Link.Embedded {
		return false
	}
	for _, t := range topics {
		if _, ok := slices.BinarySearch(st.Topics, t); ok {
			return false
		}
	}
	return true
}

// viewTopics is the topics of this session's view panes (1-3) as built:
// a view opened later (topics_chart.go) does not make the cluster less
// foreign, it takes the top row while focused. Nor does a saved view
// (views.toml) bound to a pane: it comes back in its pane, shown on top
// while focused, as in the session that made it, and never brings the
// demo's views over the cluster's rows with it (ut24a P7: the next
// session gave two of the grid's boxes to Riders and Students, not on the
// cluster). It runs under the frame's read lock.
func (a *App) viewTopics(st *model.State) []string {
	if a.configured != nil {
		return a.configured
	}
	out := []string{}
	views := paneViewsIn(st) // as rebindViews will bind them this frame
	for i, p := range a.panes[:paneStatus2+1] {
		p, ok := p.(topicPane)
		if !ok {
			continue
		}
		if p.Topic() != a.bound[i] {
			continue // a view opened with v: on top while focused, not a reason for the grid
		}
		if topic := views[i].Topic; !savedOnly(st, topic) {
			out = append(out, topic)
		}
	}
	a.configured = out
	return out
}

// savedOnly reports whether every view of topic was loaded from views.toml.
func savedOnly(st *model.State, topic string) bool {
	saved := false
	for _, v := range st.Views {
		if v.Topic == topic {
			if !v.Saved {
				return false
			}
			saved = true
		}
	}
	return saved
}

// foreignFacts is what the cluster's kind and the Produce form's topic
// depend on, copied under the frame's one read lock (snapForeign).
type foreignFacts struct {
	foreign         bool
	auto            []string // the topics the Log reads on its own
	first           string   // the cluster's first topic
	formTopic       string   // the form's topic when copied
	formTopicExists bool
	ownTopicListed  bool // the form's own first topic (model.LaundryTopic) is on the cluster
	topics          int  // topics on the cluster: a change may bind saved views
	logEmpty        bool // the Log holds no record: its rows go to the tables (layout.go)
	// absent marks the view panes showing a demo view whose topic the
	// cluster lacks: they are titled by their kind (paneTitle).
	absent [paneStatus2 + 1]bool
}

// checkForeign decides the cluster's kind when the session starts, before
// any frame, so a real cluster starts Topics-first: the one read outside a
// frame, once per session. Every later change follows the frame's copy.
func (a *App) checkForeign() {
	a.c.Store.Read(a.snapForeign)
	a.applyForeign()
}

// snapForeign copies the facts; it runs under the frame's lock.
func (a *App) snapForeign(st *model.State) {
	formTopic := a.produce.value(fieldTopic)
	if len(st.Topics) != a.topicsSeen {
		a.configured = nil // the panes are bound again this frame (applyForeign)
	}
	f := foreignFacts{foreign: foreignCluster(st, a.viewTopics(st), a.c.Cluster.Embedded), formTopic: formTopic}
	f.auto = append(f.auto[:0], st.AutoWatched...)
	if len(st.Topics) > 0 {
		f.first = st.Topics[0]
	}
	_, f.formTopicExists = slices.BinarySearch(st.Topics, formTopic)
	_, f.ownTopicListed = slices.BinarySearch(st.Topics, model.LaundryTopic)
	f.topics = len(st.Topics)
	f.logEmpty = st.Log == nil || st.Log.Len() == 0
	for i := range f.absent {
		f.absent[i] = demoAbsent(st, a.c.Cluster.Embedded, a.panes[i])
	}
	a.fg = f
}

// applyForeign follows the cluster's kind from the frame's facts: the
// layout changes, and the Produce form, untouched, is offered a topic
// that exists instead of a seed topic the cluster does not have (or an
// empty form while the cluster has no topic); the foreign layout fits the
// Topics box to its list (fitRows). It reports whether the layout or the
// form changed: the frame is then laid out and copied again (once per
// change, not per frame).
func (a *App) applyForeign() (relayout bool) {
	f := a.fg
	form := a.produce
	if f.topics != a.topicsSeen { // saved views take panes 1-3 once their topics are listed (views.go)
		a.topicsSeen = f.topics
		a.rebindViews()
		relayout = true
	}
	if !slices.Equal(f.auto, a.auto) {
		a.auto = slices.Clone(f.auto)
		a.rev++
	}
	if f.foreign != a.foreign {
		a.foreign = f.foreign
		switch {
		case f.foreign && a.focus <= paneStatus2:
			a.focus, a.movedOff = paneTopics, true // the view panes are out of sight
		case !f.foreign && a.movedOff && a.focus == paneTopics:
			// the first poll listed the views' topics: the first screen is
			// the one a session opened after it has (ut36a-31: a fresh
			// --brokers console on the demo's broker kept Topics focused,
			// an SSH viewer of the same cluster started on Machines)
			a.focus = 0
		}
		if !f.foreign {
			a.movedOff = false
		}
		a.resize()
		a.rev++
		relayout = true
	}
	if f.logEmpty != a.logEmpty { // once, when the first record arrives (or all are dropped)
		a.logEmpty = f.logEmpty
		a.resize()
		relayout = true
	}
	if a.fitRows() {
		relayout = true
	}
	if f.foreign && !f.formTopicExists && form.followsList() && form.value(fieldTopic) == f.formTopic {
		first := f.first
		if t := a.list.Topic(); t != "" {
			first = t
		}
		if first != f.formTopic {
			form.offer(first)
			a.rev++
			relayout = true // the form's snapshot is redone with its topic
		}
	}
	// The form emptied before the first poll (a --brokers console takes
	// the cluster for a foreign one until a poll lists its topics) takes
	// its own first topic once a poll lists it, while it stands as
	// washboard's pick and is not being edited: the console kept the empty
	// form, while an SSH viewer of the same cluster, its store polled,
	// started on the template (ut40a-17). Same cluster, same form.
	if f.ownTopicListed && f.formTopic == "" && !form.editing && form.followsList() {
		form.offer(model.LaundryTopic)
		a.rev++
		relayout = true
	}
	return relayout
}

// offer puts topic in the untouched form, or empties the form when the
// cluster has no topic to offer (not reached yet): never a seed topic the
// cluster does not have.
func (p *ProducePane) offer(topic string) {
	if topic != "" {
		p.Open(topic)
		p.offered = true // still washboard's pick, not the operator's
		return
	}
	p.setTopic("")
	p.areas[fieldValue].SetValue("")
	p.inputs[fieldKey].SetValue("")
	p.tmpl = ""
	p.changed()
}

func (a *App) layoutOpts() layoutOpts {
	return layoutOpts{zoom: a.zoom, foreign: a.foreign, topics: a.topics, topicsRows: a.topicsRows, logEmpty: a.logEmpty, produceW: a.produceW,
		emptyStatus2: paneTopic(a.panes[paneStatus2]) == "" && paneTopic(a.panes[paneStatus1]) != ""}
}

// fitRows follows the rows the Topics list needs (after a frame's copy or
// a key that filters or toggles), and lays the panes out again when they
// change, reporting whether they did. It reads the list's last copy: no lock.
func (a *App) fitRows() (changed bool) {
	n := 0
	if a.foreign && !a.zoom { // only the foreign layout sizes Topics to its list
		n = a.list.wantRows()
	}
	if n == a.topicsRows {
		return a.fitProduceWidth(a.c.now())
	}
	a.topicsRows = n
	a.resize()
	a.fitProduceWidth(a.c.now())
	return true
}

// waitingFor is what a view pane without rows says (copied in its
// snapshot): while the cluster cannot be reached, why, in the words
// Partitions, Groups and Topics use (ut22a M3: panes 1-3 said `waiting
// for records on …` beside three panes saying `not connected: …`); that
// its topic is not on the cluster (and how to point the views elsewhere)
// once a poll that answered listed the topics without it; else that it
// waits.
func waitingFor(st *model.State, embedded bool, topic string) string {
	if st.Link.State != model.LinkConnected && st.Link.Err != "" {
		return clusterEmpty(st.Link, "")
	}
	name := model.PrintableString(topic)
	if viewAbsent(st, embedded, topic) {
		return name + " is not on this cluster · [[view]] in the config sets what panes 1-3 show (README: Configuration)"
	}
	return "waiting for records on " + name + "…"
}

// viewAbsent says a view's topic is not on the cluster, judged once a
// poll that answered listed the topics (the demo creates its own): the
// pane has no view here, and its border says what it is for instead of
// `0 keys · sort id` (absentParts).
func viewAbsent(st *model.State, embedded bool, topic string) bool {
	if embedded || st.Link.Embedded || st.Topics == nil { // nil: nothing polled yet
		return false
	}
	_, found := slices.BinarySearch(st.Topics, topic)
	return !found
}

// absentParts is the border of a view pane whose topic is not on the
// cluster: what the pane is for there, and how to chart a topic that is
// (ut34a: `1` on a cluster without the views' topics said `0 keys · sort
// id`, a count and an order of nothing).
func absentParts() []draw.Part {
	return []draw.Part{{Text: "no view for this cluster", Short: "no view", Rank: draw.RankCount},
		{Text: "v on a Topics row charts one", Rank: draw.RankSort, Whole: true}}
}
