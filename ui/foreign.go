package ui

import (
	"slices"

	"github.com/washboard/washboard/model"
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
// foreign, it takes the top row while focused.
func (a *App) viewTopics() []string {
	if a.configured != nil {
		return a.configured
	}
	var out []string
	for _, p := range a.panes[:paneStatus2+1] {
		switch p := p.(type) {
		case *SeriesPane:
			out = append(out, p.topic)
		case *StatusPane:
			out = append(out, p.topic)
		}
	}
	a.configured = out
	return out
}

// checkForeign follows the cluster's kind after a store change: the
// layout changes, and the Produce form, untouched, is offered a topic
// that exists instead of a seed topic the cluster does not have.
func (a *App) checkForeign() {
	var foreign bool
	var first string
	var formTopicExists bool
	form := a.panes[paneProduce].(*ProducePane)
	formTopic := form.value(fieldTopic)
	var auto []string
	viewTopics := a.viewTopics()
	a.c.Store.Read(func(st *model.State) {
		foreign = foreignCluster(st, viewTopics, a.c.Cluster.Embedded)
		auto = st.AutoWatched
		if len(st.Topics) > 0 {
			first = st.Topics[0]
		}
		_, formTopicExists = slices.BinarySearch(st.Topics, formTopic)
	})
	if !slices.Equal(auto, a.auto) {
		a.auto = auto
		a.rev++
	}
	if foreign != a.foreign {
		a.foreign = foreign
		if foreign && a.focus <= paneStatus2 {
			a.focus = paneTopics // the view panes are out of sight
		}
		a.resize()
		a.rev++
	}
	a.fitRows()
	if foreign && !formTopicExists && form.untouched() {
		if t := a.panes[paneTopics].(topicPane).Topic(); t != "" {
			first = t
		}
		if first != formTopic {
			form.offer(first)
			a.rev++
		}
	}
}

// offer puts topic in the untouched form, or empties the form when the
// cluster has no topic to offer (not reached yet): never a seed topic the
// cluster does not have.
func (p *ProducePane) offer(topic string) {
	if topic != "" {
		p.Open(topic, false)
		return
	}
	p.setTopic("")
	p.areas[fieldValue].SetValue("")
	p.inputs[fieldKey].SetValue("")
	p.tmpl = ""
	p.changed()
}

func (a *App) layoutOpts() layoutOpts {
	return layoutOpts{zoom: a.zoom, foreign: a.foreign, topics: a.topics, topicsRows: a.topicsRows}
}

// fitRows follows the rows the Topics list needs (after a poll or a key
// that filters or toggles), and lays the panes out again when they change.
func (a *App) fitRows() {
	n := 0
	if a.foreign && !a.zoom { // only the foreign layout sizes Topics to its list
		n = a.panes[paneTopics].(*TopicsPane).wantRows()
	}
	if n != a.topicsRows {
		a.topicsRows = n
		a.resize()
	}
}

// waitingFor is what a view pane without rows says (copied in its
// snapshot): that its topic is
// not on the cluster (and how to point the views elsewhere) once a poll
// that answered listed the topics without it, else that it waits.
func waitingFor(st *model.State, embedded bool, topic string) string {
	name := model.PrintableString(topic)
	if !embedded && !st.Link.Embedded && st.Topics != nil { // the demo creates its topics; nil: nothing polled yet
		if _, found := slices.BinarySearch(st.Topics, topic); !found {
			return name + " is not on this cluster · [[view]] in the config sets what panes 1-3 show (README: Configuration)"
		}
	}
	return "waiting for records on " + name + "…"
}
