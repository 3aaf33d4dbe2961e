package ui

import (
	"context"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/washboard/washboard/model"
)

// ut38a-19: a saved view on a field no record has (Statee) said
// `waiting for records on Student…` for good while every record of
// Student was counted unreadable. A view pane that holds no key once
// records came says how many could not be read and why, in the view's
// own paths, and that the view is the saved one; at both sizes, for a
// status view and a series view.
func TestViewPaneSaysWhyNoRecordIsRead(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {200, 50}} {
		views := []model.TopicView{
			{Topic: "Student", Kind: model.StatusView, Title: "Student", Key: "StudentId", Status: "Statee", Saved: true},
			{Topic: "meters", Kind: model.SeriesView, Title: "Meters", Key: "id", Fields: []model.Field{{Path: "kwh"}}},
		}
		store := model.NewStore(views, model.DefaultLimits())
		var recs []model.Record
		for i := range 9 {
			recs = append(recs,
				model.Record{Topic: "Student", Offset: int64(i), Time: fixedNow, Value: []byte(`{"StudentId":"s-` + itoa(i) + `","State":"in"}`)},
				model.Record{Topic: "meters", Offset: int64(i), Time: fixedNow, Value: []byte(`{"id":"m-1","volts":230}`)})
		}
		store.Fold(recs, fixedNow)
		a := New(&Common{Ctx: context.Background(), Store: store, Now: func() time.Time { return fixedNow },
			Cluster: Cluster{Name: "127.0.0.1:9092", Embedded: true}})
		a.Update(tea.WindowSizeMsg{Width: size[0], Height: size[1]})
		for _, tt := range []struct{ pane, want string }{
			{"2", "9 records unreadable: no field Statee (the status) in them (saved in views.toml; v on its Topics row edits it)"},
			{"1", "9 records unreadable: none of the fields kwh in them"},
		} {
			do(a, tt.pane, "z")
			if got := flat(screen(a)); !strings.Contains(got, tt.want) || strings.Contains(got, "waiting for records") {
				t.Errorf("%dx%d: pane %s does not say %q:\n%s", size[0], size[1], tt.pane, tt.want, screen(a))
			}
			do(a, "z")
		}
	}
}
