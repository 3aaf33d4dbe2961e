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
	var topics int
	a.c.Store.Read(func(st *model.State) { topics = len(st.Topics) })
	if topics != a.topicsSeen {
		a.topicsSeen = topics
		a.rebindViews()
	}
	var foreign bool
	var first string
	var formTopicExists bool
	form := a.panes[paneProduce].(*ProducePane)
	formTopic := form.value(fieldTopic)
	var auto []string
	viewTopics := a.viewTopics()
	a.c.Store.Read(func(st *model.State) {
		foreign = foreignCluster(st, viewTopics)
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
	if foreign && !formTopicExists && first != "" && form.untouched() {
		if t := a.panes[paneTopics].(topicPane).Topic(); t != "" {
			first = t
		}
		form.Open(first, false)
		a.rev++
	}
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
