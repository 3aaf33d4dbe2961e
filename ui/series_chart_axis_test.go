package ui

import (
	"context"
	"fmt"
	"regexp"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/washboard/washboard/model"
)

// The machine detail's charts print their y labels whole (a 3-digit top
// label was cut to its last 2 digits) and share one gutter, so their time
// axes tick at the same columns.
func TestMachineChartsLabelsWholeAndAligned(t *testing.T) {
	s := model.NewStore(model.DefaultViews(), model.DefaultLimits())
	var recs []model.Record
	for i := range 40 {
		at := fixedNow.Add(-time.Duration(40-i) * 5 * time.Second)
		heat := 43 + i*54/39 // 43 … 97
		recs = append(recs, model.Record{Topic: model.LaundryTopic, Time: at,
			Value: []byte(fmt.Sprintf(`{"machine_id":"dryer-01","program":"dry-high","load_kg":4,"heat_c":%d,"power_w":%d}`, heat, 1500+i*10))})
	}
	for _, r := range recs {
		s.Fold([]model.Record{r}, r.Time)
	}
	s.Update(func(st *model.State) { st.Topics = []string{model.LaundryTopic} })
	c := &Common{Ctx: context.Background(), Store: s, Now: func() time.Time { return fixedNow }, Cluster: Cluster{Name: "x", Embedded: true}}
	a := New(c)
	a.Update(tea.WindowSizeMsg{Width: 120, Height: 50})
	press(a, "1", "z", "enter")
	got := screen(a)
	if !regexp.MustCompile(`│ *10[0-9]│`).MatchString(got) && !regexp.MustCompile(`│ *10[0-9]┤`).MatchString(got) {
		t.Errorf("the heat chart's top label (about 102) is not whole:\n%s", got)
	}
	var axes []int
	for _, l := range strings.Split(got, "\n") {
		if i := strings.Index(l, "└"); i >= 0 {
			axes = append(axes, i)
		}
	}
	if len(axes) < 3 {
		t.Fatalf("%d charts, want 3:\n%s", len(axes), got)
	}
	for _, x := range axes[1:] {
		if x != axes[0] {
			t.Errorf("the charts' axes start at columns %v: their time ticks do not line up:\n%s", axes, got)
			break
		}
	}
}
