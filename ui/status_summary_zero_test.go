package ui

import (
	"context"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/washboard/washboard/model"
)

// The grid's summary keeps every status the view has seen, a status
// with no key now as `0`, so the counts stay where they were as keys
// move (ut36a-26: `east 3 · north 1 …` became `east 4 · south 1 …`
// every second, north dropping out, each count after it moving left);
// the zoomed table keeps `east 0` as a row the same way.
func TestStatusSummaryKeepsZeros(t *testing.T) {
	s := model.NewStore(model.DefaultViews(), model.DefaultLimits())
	rec := func(ago time.Duration, name, loc string) model.Record {
		return model.Record{Topic: model.RiderTopic, Time: fixedNow.Add(-ago), Key: []byte(name),
			Value: []byte(`{"name":"` + name + `","location":"` + loc + `"}`)}
	}
	s.Fold([]model.Record{rec(9*time.Second, "asha", "east"), rec(8*time.Second, "kofi", "north"),
		rec(5*time.Second, "asha", "west")}, fixedNow)
	a := New(&Common{Ctx: context.Background(), Store: s, Views: s, Now: func() time.Time { return fixedNow },
		Cluster: Cluster{Name: "127.0.0.1:9092", Embedded: true}})
	a.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	sc := screen(a)
	if !strings.Contains(sc, "east 0 · north 1 · west 1") {
		t.Errorf("the summary leaves out east, a location with no rider now:\n%s", sc)
	}
}
