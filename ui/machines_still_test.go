package ui

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
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
// the page, the heading (every column's start) changes only at a report
// whose value with its marker (`!!96.4°C`) is wider than any before
// (ut42a-1, ut42a-7: the marker room is what the markers need, not a held
// `!!` on every field, so the first crit may widen its column once; it
// used to be held whole from the first marker of any field), and every
// program on the page keeps at least heldProgram cells.
func TestMachinesGridHoldsStillAsWarningsComeAndGo(t *testing.T) {
	for _, tc := range []struct {
		name      string
		firstWarn int // the 5 s step at which a machine first runs hot
	}{
		{"a warn off the page from the start", 0},
		{"the first warn a minute in", 12},
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
			page := cellsAt(0, 5, rec) // the 80x24 grid's five rows, in id order
			last := seriesHeading(t, screen(a))
			for step := 1; step <= 120; step++ { // ten minutes
				fold(step)
				got := screen(a)
				cells := cellsAt(step, 5, rec)
				changed := cells != page
				page = cells
				for _, r := range machineRows(got, 5) {
					if f := strings.Fields(r); len(f) > 1 && len([]rune(f[1])) < heldProgram {
						t.Fatalf("+%ds a program reads %q, under %d cells:\n%s", step*5, f[1], heldProgram, got)
					}
				}
				if h := seriesHeading(t, got); h != last {
					if !changed {
						t.Errorf("+%ds the columns moved with no change of the values' widths on the page:\n%s\nto\n%s", step*5, last, h)
					}
					last = h
				}
			}
		})
	}
}

// cellsAt is the widest heat and power, each with its level marker
// (`!!` over 95°C, `!` over 80°C or 2800W), that the machines report at step.
func cellsAt(step, n int, rec func(step, m int) model.Record) [2]int {
	var w [2]int
	for m := range n {
		var v struct {
			Heat  float64 `json:"heat_c"`
			Power float64 `json:"power_w"`
		}
		_ = json.Unmarshal(rec(step, m).Value, &v)
		heat := fmt.Sprintf("%.1f°C", v.Heat)
		switch {
		case v.Heat > 95:
			heat = "!!" + heat
		case v.Heat > 80:
			heat = "!" + heat
		}
		power := fmt.Sprintf("%.0fW", v.Power)
		if v.Power > 2800 {
			power = "!" + power
		}
		w = [2]int{max(w[0], len([]rune(heat))), max(w[1], len(power))}
	}
	return w
}
