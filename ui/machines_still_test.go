package ui

import (
	"context"
	"fmt"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/washboard/washboard/model"
)

// ut34a-25: the Machines box of the 80x24 grid, untouched after a resize
// from 200x50, re-laid out twice in 25 s as machines crossed 80°C and
// back (program 4 then 6 cells, heat's marker room dropped, the id one
// wider). The columns hold still: over ten simulated minutes of reports
// every 5 s, warnings and crits coming and going on machines on and off
// the page, the heading (every column's start) never changes once a
// machine of the view has had a marker; before that, the first marker
// may move it once.
func TestMachinesGridHoldsStillAsWarningsComeAndGo(t *testing.T) {
	for _, tc := range []struct {
		name      string
		firstWarn int // the 5 s step at which a machine first runs hot
		changes   int // the most layouts the grid may go through after the first
	}{
		{"a warn off the page from the start", 0, 0},
		{"the first warn a minute in", 12, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ids := []string{"avro-dryer-01", "avro-washer-01", "dryer-01", "dryer-02", "dryer-03", "dryer-04",
				"washer-01", "washer-02", "washer-03", "washer-04", "washer-05", "washer-06", "washer-07", "washer-08"}
			progs := []string{"dry-high", "cotton-40", "dry-low", "dry-delicate", "synthetics-40", "quick-15", "cotton-60", "wool-30"}
			rec := func(step, m int) model.Record {
				heat := 35 + float64((step*7+m*13)%40) + 0.1*float64((step+m)%10) // 35.0 to 74.9: no marker
				power := 1100 + float64((step*37+m*91)%1600)                      // up to 2699W: no marker
				if step >= tc.firstWarn {
					switch (step / 3) % 4 { // a machine crosses a threshold, then another, then none
					case 0:
						if m == 11 { // off the 80x24 page
							heat = 81.3
						}
					case 1:
						if m == 2 {
							heat = 96.4
						}
						if m == 4 {
							power = 2871
						}
					case 2:
						if m == 12 {
							heat = 88.8
						}
					}
				}
				return model.Record{Topic: model.LaundryTopic, Time: fixedNow.Add(time.Duration(step) * 5 * time.Second), Value: fmt.Appendf(nil,
					`{"machine_id":%q,"program":%q,"load_kg":%.1f,"heat_c":%.1f,"power_w":%.0f}`,
					ids[m], progs[(m+step/24)%len(progs)], 1.2+float64((m+step)%8), heat, power)}
			}
			now := fixedNow
			s := model.NewStore(model.DefaultViews(), model.DefaultLimits())
			fold := func(step int) {
				now = fixedNow.Add(time.Duration(step) * 5 * time.Second)
				var rs []model.Record
				for m := range ids {
					rs = append(rs, rec(step, m))
				}
				s.Fold(rs, now)
			}
			fold(0)
			s.Update(func(st *model.State) { st.Topics = []string{model.LaundryTopic} })
			a := New(&Common{Ctx: context.Background(), Store: s, Now: func() time.Time { return now },
				Cluster: Cluster{Name: "127.0.0.1:9092", Embedded: true}})
			a.Update(tea.WindowSizeMsg{Width: 200, Height: 50})
			screen(a)
			a.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
			last, changes := seriesHeading(t, screen(a)), 0
			for step := 1; step <= 120; step++ { // ten minutes
				fold(step)
				got := screen(a)
				if h := seriesHeading(t, got); h != last {
					changes++
					t.Logf("+%ds the columns moved:\n%s\nto\n%s", step*5, last, h)
					last = h
				}
			}
			if changes > tc.changes {
				t.Errorf("the grid's columns moved %d times with no input, want at most %d", changes, tc.changes)
			}
		})
	}
}
