package ui

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/washboard/washboard/model"
)

// A, E and D on a topic the cluster no longer has (deleted by another
// console while its detail was open, the border saying `gone`) are
// refused in words, never a form of made-up figures (ut28a U9: `A`
// prefilled `total 1`, `D` previewed `its 0 partitions` and asked for
// the name).
func TestTopicActionsRefuseAGoneTopic(t *testing.T) {
	for _, k := range []string{"A", "E", "D"} {
		rec := &recordingAdmin{}
		store := foreignStore(t)
		c := &Common{Ctx: context.Background(), Store: store, Now: func() time.Time { return fixedNow },
			Cluster: Cluster{Name: "kafka:9092"}, Admin: rec}
		a := New(c)
		a.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
		act(a, "8", "enter")
		topic := a.panes[paneTopics].(*TopicsPane).cursorTopic()
		store.Update(func(st *model.State) { // deleted from another console
			st.TopicStats = slices.DeleteFunc(st.TopicStats, func(t model.TopicStat) bool { return t.Name == topic })
			st.Partitions = slices.DeleteFunc(st.Partitions, func(p model.PartitionStat) bool { return p.Topic == topic })
			st.Topics = slices.DeleteFunc(st.Topics, func(n string) bool { return n == topic })
		})
		a.Update(changedMsg{version: store.Version()})
		if s := screen(a); !strings.Contains(s, "gone") {
			t.Fatalf("the detail of %s does not say gone:\n%s", topic, s)
		}
		act(a, k)
		s := screen(a)
		if !strings.Contains(s, "no longer on the cluster") || strings.Contains(s, "total") || strings.Contains(s, "type ") {
			t.Errorf("%s on the gone %s is not refused in words:\n%s", k, topic, s)
		}
	}
}

// ut40b-21: after deleting a topic from this very console, its detail
// asked `!! … is no longer on the cluster (deleted?)`. The console
// logged the delete (the event log): the detail says who deleted it and
// when, without the alarm; a topic gone by another's hand still asks.
func TestTopicDetailSaysThisConsoleDeletedIt(t *testing.T) {
	rec := &recordingAdmin{}
	store := foreignStore(t)
	c := &Common{Ctx: context.Background(), Store: store, Events: store, Now: func() time.Time { return fixedNow },
		Cluster: Cluster{Name: "kafka:9092"}, Admin: rec}
	a := New(c)
	a.Update(tea.WindowSizeMsg{Width: 200, Height: 50})
	act(a, "8", "enter")
	topic := a.panes[paneTopics].(*TopicsPane).cursorTopic()
	act(a, "D", "type:"+topic, "enter")
	if s := screen(a); !strings.Contains(s, "deleted topic "+topic) {
		t.Fatalf("no delete outcome:\n%s", s)
	}
	store.Update(func(st *model.State) { // the next poll: gone
		st.TopicStats = slices.DeleteFunc(st.TopicStats, func(t model.TopicStat) bool { return t.Name == topic })
		st.Partitions = slices.DeleteFunc(st.Partitions, func(p model.PartitionStat) bool { return p.Topic == topic })
		st.Topics = slices.DeleteFunc(st.Topics, func(n string) bool { return n == topic })
	})
	a.Update(changedMsg{version: store.Version()})
	act(a, "x") // any key closes the outcome
	s := screen(a)
	want := topic + " was deleted by the local console at " + fixedNow.Local().Format("15:04:05")
	if !strings.Contains(s, want) || strings.Contains(s, "deleted?") || strings.Contains(s, "!!") {
		t.Errorf("the detail after this console's delete, want %q without `deleted?` or `!!`:\n%s", want, s)
	}
}
