package ui

import (
	"slices"
	"strings"

	"github.com/washboard/washboard/model"
)

// foreignCluster reports whether the cluster has none of the configured
// views' topics (a cluster that is not the seed demo's): panes 1-3 would
// wait for records that never come, so they give their room to the
// Topics pane. Only a poll that answered can say so.
func foreignCluster(st *model.State) bool {
	if st.Conn.PolledAt.IsZero() || st.Conn.State != "connected" {
		return false
	}
	for _, v := range st.Views {
		if _, ok := slices.BinarySearch(st.Topics, v.Topic); ok {
			return false
		}
	}
	return true
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
	a.c.Store.Read(func(st *model.State) {
		foreign = foreignCluster(st)
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
		if foreign && a.focus <= paneStudents {
			a.focus = paneTopics // the view panes are out of sight
		}
		a.resize()
		a.rev++
	}
	if foreign && !formTopicExists && first != "" && form.untouched() {
		if t := a.panes[paneTopics].(*TopicsPane).Selected(); t != "" {
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
	return s + "--topic NAME (or '*') watches others · "
}

func (a *App) layoutOpts() layoutOpts {
	return layoutOpts{zoom: a.zoom, foreign: a.foreign, topics: a.topics}
}
