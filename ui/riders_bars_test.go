package ui

import (
	"context"
	"fmt"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/washboard/washboard/model"
)

// ut16a D22: Riders zoomed at 80x24 drew 1,065, 1,134, 1,098 and 1,135
// updates per location as four identical full bars. Golden screens at
// 80x24 and 200x50: the bars differ in eighths, only the busiest full.
func TestGoldenRidersBarsDiffer(t *testing.T) {
	counts := map[string]int{"east": 1065, "north": 1134, "south": 1098, "west": 1135}
	var recs []model.Record
	for _, loc := range []string{"east", "north", "south", "west"} {
		for i := range counts[loc] {
			at := fixedNow.Add(-time.Duration(i%240) * time.Second)
			recs = append(recs, model.Record{Topic: model.RiderTopic, Time: at,
				Value: fmt.Appendf(nil, `{"name":"%s-%d","location":%q}`, loc, i%3, loc)})
		}
	}
	for _, size := range [][2]int{{80, 24}, {200, 50}} {
		s := model.NewStore(model.DefaultViews(), model.DefaultLimits())
		s.Fold(recs, fixedNow)
		s.Update(func(st *model.State) { st.Topics = []string{model.RiderTopic} })
		a := New(&Common{Ctx: context.Background(), Store: s, Now: func() time.Time { return fixedNow },
			Cluster: Cluster{Name: "127.0.0.1:9092", Embedded: true}})
		a.Update(tea.WindowSizeMsg{Width: size[0], Height: size[1]})
		press(a, "2", "z")
		golden(t, fmt.Sprintf("riders-bars-%dx%d", size[0], size[1]), screen(a))
	}
}
