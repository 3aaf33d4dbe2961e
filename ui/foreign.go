package ui

import (
	"slices"
	"strings"

	"github.com/washboard/washboard/model"
)

// foreignCluster reports whether the cluster has none of the topics of
// the session's view panes (1-3) (a cluster that is not the seed demo's):
// they would wait for records that never come, so they give their room
// to the Topics pane. Only a poll that answered can say so.
func foreignCluster(st *model.State, topics []string) bool {
	if st.Link.PolledAt.IsZero() || st.Link.State != model.LinkConnected {
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
		if p, ok := p.(topicPane); ok {
			out = append(out, p.Topic())
		}
	}
	a.configured = out
	return out
}

// foreignFacts is what the cluster's kind and the Produce form's topic
// depend on, copied under the frame's one read lock (snapForeign).
type foreignFacts struct {
	foreign         bool
	auto            []string // the topics the Log reads on its own
	first           string   // the cluster's first topic
	formTopic       string   // the form's topic when copied
	formTopicExists bool
}

// snapForeign copies the facts; it runs under the frame's lock.
func (a *App) snapForeign(st *model.State) {
	formTopic := a.produce.value(fieldTopic)
	f := foreignFacts{foreign: foreignCluster(st, a.viewTopics()), formTopic: formTopic}
	f.auto = append(f.auto[:0], st.AutoWatched...)
	if len(st.Topics) > 0 {
		f.first = st.Topics[0]
	}
	_, f.formTopicExists = slices.BinarySearch(st.Topics, formTopic)
	a.fg = f
}

// applyForeign follows the cluster's kind from the frame's facts: the
// layout changes, and the Produce form, untouched, is offered a topic
// that exists instead of a seed topic the cluster does not have. It
// reports whether the layout or the form changed: the frame is then laid
// out and copied again (once per change, not per frame).
func (a *App) applyForeign() (relayout bool) {
	f := a.fg
	form := a.produce
	if !slices.Equal(f.auto, a.auto) {
		a.auto = slices.Clone(f.auto)
		a.rev++
	}
	if f.foreign != a.foreign {
		a.foreign = f.foreign
		if f.foreign && a.focus <= paneStatus2 {
			a.focus = paneTopics // the view panes are out of sight
		}
		a.resize()
		a.rev++
		relayout = true
	}
	if f.foreign && !f.formTopicExists && f.first != "" && form.untouched() && form.value(fieldTopic) == f.formTopic {
		first := f.first
		if t := a.panes[paneTopics].(topicPane).Topic(); t != "" {
			first = t
		}
		form.Open(first, false)
		a.rev++
		relayout = true // the form's snapshot is redone with its topic
	}
	return relayout
}

// foreignHint is the footer's first words on a foreign cluster: how to
// open a topic, what the Log reads, and how to read other topics.
func (a *App) foreignHint() string {
	s := "enter opens a topic · "
	if len(a.auto) > 0 {
		s += "Log reads the busiest: " + strings.Join(a.auto, ", ") + " · "
	}
	return s + "w reads another from a chosen place · "
}

func (a *App) layoutOpts() layoutOpts {
	return layoutOpts{zoom: a.zoom, foreign: a.foreign, topics: a.topics}
}
