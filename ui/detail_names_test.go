package ui

import (
	"context"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/washboard/washboard/model"
)

const longTopic = "warehouse.eu-central-1.inventory-reconciliation.events.v2-with-a-really-long-suffix-for-testing"

// Detail views are where a long name is read whole at 80x24: the record
// detail's topic field wraps (at any character, adding none) and its
// heading keeps /partition@offset by cutting the topic in the middle; the
// topic detail shows the name whole on its own line.
func TestDetailViewsShowLongNamesWhole(t *testing.T) {
	s := model.NewStore(model.DefaultViews(), model.DefaultLimits())
	s.Fold([]model.Record{{Topic: longTopic, Partition: 1, Offset: 39, Time: fixedNow, Value: []byte(`{"a":1}`)}}, fixedNow)
	c := &Common{Ctx: context.Background(), Store: s, Now: func() time.Time { return fixedNow }}
	a := New(c)
	a.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	press(a, "6", "z", "space", "enter")
	got := screen(a)
	if !strings.Contains(got, "/1@39") {
		t.Errorf("the record detail's heading lost its position:\n%s", got)
	}
	if !strings.Contains(joinRows(got), longTopic) {
		t.Errorf("the record detail does not show the topic whole:\n%s", got)
	}

	s2 := noGroupsStore(t)
	s2.Update(func(st *model.State) {
		st.Partitions = []model.PartitionStat{{Topic: longTopic, Partition: 0, Leader: 1, High: 300, Replicas: []int{1}, ISR: []int{1}}}
		st.TopicStats = []model.TopicStat{{Name: longTopic, Partitions: 1, Replication: 1}}
		model.SumTopics(st.TopicStats, st.Partitions)
		st.Topics = []string{longTopic}
	})
	b := realApp(t, s2, 80, 24)
	do(b, "8", "enter") // drawn between keys: the list learns its rows
	got = screen(b)
	if !strings.Contains(joinRows(got), longTopic) {
		t.Errorf("the topic detail does not show the name whole:\n%s", got)
	}
}

// joinRows is a screen's box rows joined without their borders and
// trailing blanks, so a name wrapped over rows reads as one.
func joinRows(screen string) string {
	var b strings.Builder
	for _, l := range strings.Split(screen, "\n") {
		b.WriteString(strings.TrimSpace(strings.Trim(strings.TrimSpace(l), "│")))
	}
	return strings.ReplaceAll(b.String(), " ", "")
}
