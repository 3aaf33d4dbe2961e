package ui

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/washboard/washboard/model"
)

// ut43a-2: Machines showed three layouts in 12 s. A marker that cut the
// id or the program gave its cells back the frame it went, so a heat
// flickering across warn moved the columns at each crossing. Over two
// simulated minutes of reports every second after five quiet minutes (the
// sparklines' whole window), one machine's heat crossing warn every 2 s,
// grid and zoomed at 80x24 and 200x50: the heading, every column's
// start, changes at most once (the first `!`), as the marker's width is
// held a minute after the last row that needed it.
func TestMachinesFlickeringWarnMovesNoColumn(t *testing.T) {
	for _, tc := range []boxSize{{80, 24, false}, {80, 24, true}, {200, 50, false}, {200, 50, true}} {
		t.Run(tc.String(), func(t *testing.T) {
			ids := []string{"avro-dryer-01", "avro-washer-01", "dryer-01", "dryer-02", "dryer-03", "washer-01", "washer-02", "washer-03"}
			progs := []string{"dry-delicate", "synthetics-40", "dry-high", "dry-low", "dry-high", "cotton-60", "cotton-40", "quick-15"}
			rec := func(at time.Time, sec, m int) model.Record {
				heat := 40 + float64((sec*7+m*13)%35) + 0.1*float64((sec+m)%10) // 40.0 to 74.9: no marker
				if m == 2 && sec > 0 {
					heat = map[bool]float64{true: 81.3, false: 79.4}[(sec/2)%2 == 0] // over warn 80 every other 2 s
				}
				return model.Record{Topic: model.LaundryTopic, Time: at, Value: fmt.Appendf(nil,
					`{"machine_id":%q,"program":%q,"load_kg":%.1f,"heat_c":%.1f,"power_w":%d}`,
					ids[m], progs[m], 1.2+float64((m+sec/5)%8), heat, 1100+(sec*37+m*91)%1600)}
			}
			now := fixedNow
			s := model.NewStore(model.DefaultViews(), model.DefaultLimits())
			var warm []model.Record
			for sec := -300; sec <= 0; sec += 5 { // the sparklines' whole window, no marker
				for m := range ids {
					warm = append(warm, rec(fixedNow.Add(time.Duration(sec)*time.Second), sec, m))
				}
			}
			s.Fold(warm, now)
			a := machinesAppAt(s, &now, tc)
			last := seriesHeading(t, screen(a))
			moves, warned := 0, false
			for sec := 1; sec <= 120; sec++ {
				now = fixedNow.Add(time.Duration(sec) * time.Second)
				var rs []model.Record
				for m := range ids {
					rs = append(rs, rec(now, sec, m))
				}
				s.Fold(rs, now)
				got := screen(a)
				warned = warned || strings.Contains(got, "!81.3°C")
				if h := seriesHeading(t, got); h != last {
					moves++
					if moves > 1 {
						t.Fatalf("+%ds the columns moved a second time:\n%s\nto\n%s\n%s", sec, last, h, got)
					}
					last = h
				}
			}
			if !warned {
				t.Fatalf("the warn never showed")
			}
		})
	}
}

// boxSize is a terminal's size and whether Machines is zoomed in it.
type boxSize struct {
	w, h int
	zoom bool
}

func (b boxSize) String() string { return fmt.Sprintf("%dx%d zoomed %v", b.w, b.h, b.zoom) }

// machinesAppAt is the app over s, its clock *now, the laundry topic on the
// cluster, at size b with Machines zoomed there if b says so.
func machinesAppAt(s *model.Store, now *time.Time, b boxSize) *App {
	s.Update(func(st *model.State) { st.Topics = []string{model.LaundryTopic} })
	a := New(&Common{Ctx: context.Background(), Store: s, Now: func() time.Time { return *now },
		Cluster: Cluster{Name: "127.0.0.1:9092", Embedded: true}})
	a.Update(tea.WindowSizeMsg{Width: b.w, Height: b.h})
	if b.zoom {
		a.Update(tea.KeyPressMsg{Code: 'z', Text: "z"})
	}
	return a
}
