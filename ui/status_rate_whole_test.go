package ui

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/charmbracelet/x/ansi"

	"github.com/washboard/washboard/model"
)

// A steady producer's rate sparkline in a status view does not dip at its
// right end as a new bucket starts: the bucket being filled is left out,
// so the newest cell is a whole bucket's (ut28a U11: `…██▇█▁` then `▄`,
// `▅` over each 5 s at 4 records/s).
func TestStatusRateSparklineEndsAtAWholeBucket(t *testing.T) {
	const topic = "card-decisions"
	s := model.NewStore(model.DefaultViews(), model.DefaultLimits())
	v, err := model.ParseViewSpec(topic, "status key=card status=decision")
	if err != nil {
		t.Fatal(err)
	}
	start := fixedNow.Add(-5 * time.Minute)
	s.AddView(v, start)
	now := start
	a := New(&Common{Ctx: context.Background(), Store: s, Views: s, Now: func() time.Time { return now },
		Cluster: Cluster{Name: "127.0.0.1:9092", Embedded: true}})
	a.Update(tea.WindowSizeMsg{Width: 200, Height: 50})
	a.openView(v)
	press(a, "z")
	ends := map[string]bool{}
	for i := range 300 * 4 { // 4 records a second for five minutes
		now = start.Add(time.Duration(i) * 250 * time.Millisecond)
		s.Fold([]model.Record{{Topic: topic, Time: now, Value: []byte(fmt.Sprintf(`{"card":"c-%d","decision":"APPROVE"}`, i%9))}}, now)
		if i < 200*4 || i%3 != 0 {
			continue
		}
		a.Update(changedMsg{version: s.Version()})
		for _, l := range strings.Split(ansi.Strip(screen(a)), "\n") {
			if f := strings.Fields(strings.Trim(l, "│ ")); len(f) > 4 && f[0] == "APPROVE" {
				spark := []rune(f[len(f)-2])
				ends[string(spark[len(spark)-1])] = true
			}
		}
	}
	if len(ends) != 1 {
		t.Errorf("the newest cell of a steady rate reads %v over time, want one height", ends)
	}
}
