package ui

import (
	"context"
	"regexp"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/washboard/washboard/model"
)

// Machines sizes its numbers and last-seen ages to what they show, so a
// long program name is whole and the spare cells go to the sparklines,
// at 80x24 zoomed and 200x50.
func TestMachinesColumnsFollowTheirContent(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {200, 50}} {
		s := model.NewStore(model.DefaultViews(), model.DefaultLimits())
		s.Fold([]model.Record{
			{Topic: model.LaundryTopic, Time: fixedNow, Value: []byte(`{"machine_id":"washer-01","program":"synthetics-40","load_kg":3,"heat_c":50,"power_w":2000}`)},
			{Topic: model.LaundryTopic, Time: fixedNow, Value: []byte(`{"machine_id":"dryer-01","program":"dry-delicate","load_kg":4,"heat_c":60,"power_w":2100}`)},
		}, fixedNow)
		s.Update(func(st *model.State) { st.Topics = []string{model.LaundryTopic} })
		c := &Common{Ctx: context.Background(), Store: s, Now: func() time.Time { return fixedNow }, Cluster: Cluster{Name: "x", Embedded: true}}
		a := New(c)
		a.Update(tea.WindowSizeMsg{Width: size[0], Height: size[1]})
		press(a, "1", "z")
		got := screen(a)
		for _, want := range []string{"synthetics-40", "dry-delicate"} {
			if !strings.Contains(got, want) {
				t.Errorf("%dx%d: program %q is cut:\n%s", size[0], size[1], want, got)
			}
		}
		// a value is followed by one space and its sparkline column, not padding
		if regexp.MustCompile(`3kg {3,}`).MatchString(got) && !regexp.MustCompile(`3kg +[▁▂▃▄▅▆▇█]`).MatchString(got) {
			t.Errorf("%dx%d: numbers padded past their width:\n%s", size[0], size[1], got)
		}
	}
}
