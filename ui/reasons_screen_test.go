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

// stopAmongStore is a live group, orders-audit, on the six partitions of
// orders over polls polls a second apart: partition 3's offset stands at
// 1,200 from the first poll (STOP after 20 s), the others read along
// five records behind the head (ut43b-15's slow group); one record in
// the Log.
func stopAmongStore(polls int) *model.Store {
	s := model.NewStore(nil, model.DefaultLimits())
	var tps []model.TP
	for i := range 6 {
		tps = append(tps, model.TP{Topic: "orders", Partition: i})
	}
	gs := []model.GroupStat{{ID: "orders-audit", State: "Stable", Assignor: "range", Members: 1,
		Detail: []model.MemberStat{{ID: "m", ClientID: "audit", Host: "10.0.0.7", Assigned: tps}}}}
	for i := range polls {
		s.Update(func(st *model.State) {
			if st.Lag == nil {
				st.Lag = model.NewLags(model.LagConfig{History: 20, Window: 3, StopAfter: 20 * time.Second})
			}
			at := fixedNow.Add(time.Duration(i) * time.Second)
			st.Link = model.Link{State: model.LinkConnected, PolledAt: at, AnsweredAt: at}
			high := 1200 + int64(i)*20
			highs, offs := map[model.TP]int64{}, map[model.TP]int64{}
			var parts []model.PartitionStat
			for _, tp := range tps {
				parts = append(parts, model.PartitionStat{Topic: tp.Topic, Partition: tp.Partition, High: high})
				highs[tp], offs[tp] = high, high-5
			}
			offs[tps[3]] = 1200
			st.Partitions, st.Groups = parts, gs
			st.Lag.Observe(at, parts, highs, gs, []model.Committed{{Group: gs[0].ID, Offsets: offs}})
		})
	}
	// a record in the Log, as the demo's: the middle row keeps its 5 rows
	s.Fold([]model.Record{{Topic: "orders", Partition: 3, Offset: 1200, Key: []byte("o-1"), Value: []byte(`{"id":1}`), Time: fixedNow}}, fixedNow)
	return s
}

// gridApp is an App over s on the demo's grid (the embedded cluster: the
// view panes keep their row).
func gridApp(t *testing.T, s *model.Store, w, h int) *App {
	t.Helper()
	c := &Common{Ctx: context.Background(), Store: s, Now: func() time.Time { return fixedNow.Add(30 * time.Second) },
		Cluster: Cluster{Name: "127.0.0.1:9092", Embedded: true}}
	a := New(c)
	a.Update(tea.WindowSizeMsg{Width: w, Height: h})
	return a
}

// boxAt is the box titled title (boxOf) as lines, and the screen line
// its top border is on (-1: none).
func boxAt(got, title string) (box []string, top int) {
	b := boxOf(got, title)
	if b == "" {
		return nil, -1
	}
	for i, l := range strings.Split(got, "\n") {
		if strings.Contains(l, "─ "+title) {
			top = i
			break
		}
	}
	return strings.Split(b, "\n"), top
}

// ut43b-13, ut43b-18: `r` in the 80x24 grid showed Partitions with no
// reason (three lines: the headings, the topic, the row) and gave Groups'
// headings' line to the reason. Where the grid box cannot hold the
// headings, the cursor's row and its reason whole, `r` gives the pane
// the screen; the headings stay and the reason is whole, wrapped, at
// 80x24 in the grid and zoomed, and at 200x50 (whose box holds it: no
// screen taken). `r` again gives the grid back.
func TestReasonsWholeUnderTheirHeadings(t *testing.T) {
	for _, tc := range []struct {
		pane, title, heading string
		keys                 []string
		reason               string
	}{
		{"parts", "4 Partitions", "partition/group", []string{"4", "down"}, "STOP: 1 of 6 partitions stopped (p3 at 1,200 for 29s); the other 5 consume"},
		{"groups", "5 Groups", "group", []string{"5"}, "STOP: 1 of 6 partitions stopped (orders/3 at 1,200 for 29s); the other 5 consume"},
	} {
		for _, sz := range []struct {
			name      string
			w, h      int
			zoom      bool
			wantsFull bool
		}{
			{"80x24", 80, 24, false, true},
			{"80x24-zoomed", 80, 24, true, true},
			{"200x50", 200, 50, false, false},
		} {
			name := fmt.Sprintf("reasons-%s-%s", tc.pane, sz.name)
			t.Run(name, func(t *testing.T) {
				a := gridApp(t, stopAmongStore(30), sz.w, sz.h)
				do(a, tc.keys...)
				if sz.zoom {
					do(a, "z")
				}
				do(a, "r")
				got := screen(a)
				box, top := boxAt(got, tc.title)
				if box == nil {
					t.Fatalf("no %s box:\n%s", tc.title, got)
				}
				full := top == 1 && len([]rune(box[0])) == sz.w
				if full != sz.wantsFull {
					t.Errorf("the pane has the screen: %v, want %v:\n%s", full, sz.wantsFull, got)
				}
				if !strings.Contains(box[1], " "+tc.heading+" ") && !strings.HasPrefix(strings.Trim(box[1], "│ "), tc.heading) {
					t.Errorf("the headings are gone: %q\n%s", box[1], got)
				}
				var words []string
				for _, l := range box[2:] {
					words = append(words, strings.Fields(strings.Trim(l, "│"))...)
				}
				if said := strings.Join(words, " "); !strings.Contains(said, tc.reason) {
					t.Errorf("the reason is not whole, want %q:\n%s", tc.reason, got)
				}
				golden(t, name, got)
				do(a, "r")
				if _, top := boxAt(screen(a), tc.title); sz.wantsFull && !sz.zoom && top == 1 {
					t.Errorf("r again kept the screen:\n%s", screen(a))
				}
			})
		}
	}
}
