package ui

import (
	"context"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/washboard/washboard/model"
)

// A and D opened in a topic's detail count the partitions the last poll
// saw, not those of when the detail opened (ut27 T1: `4 → 8` previewed on
// a topic of 6, `its 4 partitions` on one of 8, `9` prefilled on one of 10).
func TestTopicActionsInTheDetailCountPartitionsNow(t *testing.T) {
	rec := &recordingAdmin{}
	store := foreignStore(t)
	c := &Common{Ctx: context.Background(), Store: store, Now: func() time.Time { return fixedNow },
		Cluster: Cluster{Name: "kafka:9092"}, Admin: rec}
	a := New(c)
	a.Update(tea.WindowSizeMsg{Width: 200, Height: 50})
	act(a, "8", "enter") // the first topic's detail
	topic := a.panes[paneTopics].(*TopicsPane).cursorTopic()
	before := topicPartitions(a.c, topic)
	store.Update(func(st *model.State) { // the topic grows by 4 partitions, as another console's A would
		for p := range 4 {
			st.Partitions = append(st.Partitions, model.PartitionStat{Topic: topic, Partition: before + p, High: 1})
		}
	})
	act(a, "A")
	if s := screen(a); !strings.Contains(s, itoa(before+5)) {
		t.Errorf("A in the detail of %s (now %d partitions) does not prefill %d:\n%s", topic, before+4, before+5, s)
	}
	act(a, "enter")
	if want := itoa(before+4) + " → " + itoa(before+5); !strings.Contains(screen(a), want) {
		t.Errorf("A's preview does not say %q:\n%s", want, screen(a))
	}
	act(a, "esc", "esc", "D")
	if want := "its " + itoa(before+4) + " partitions"; !strings.Contains(screen(a), want) {
		t.Errorf("D's preview does not say %q:\n%s", want, screen(a))
	}
}
