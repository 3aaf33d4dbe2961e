package ui

import (
	"context"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/washboard/washboard/model"
)

// headerThroughAlerts draws cl's header at w columns, a frame every 5 s,
// while the view's machines go through levels: each step is the values
// of hot-1 and hot-2 (nil: the machine says nothing that step). The
// view's topic is on the cluster, producing 19.0/s, 2,449 records read.
func headerThroughAlerts(t *testing.T, cl Cluster, w int, steps [][2][]float64) []string {
	t.Helper()
	s := model.NewStore(model.DefaultViews(), model.DefaultLimits())
	s.Update(func(st *model.State) {
		st.Link = model.Link{State: model.LinkConnected, PolledAt: fixedNow}
		st.TopicStats = []model.TopicStat{{Name: model.LaundryTopic, Partitions: 1, Rate: 19}}
		st.Aborted = 2_449
	})
	now := fixedNow
	a := New(&Common{Ctx: context.Background(), Store: s, Now: func() time.Time { return now }, Cluster: cl})
	a.Update(tea.WindowSizeMsg{Width: w, Height: 24})
	var out []string
	for i, step := range steps {
		now = fixedNow.Add(time.Duration(i) * 5 * time.Second)
		s.Update(func(st *model.State) {
			st.Link.PolledAt = now
			for k, vals := range step {
				if vals != nil {
					model.FoldSeries(st.Series[model.LaundryTopic], &model.Decoded{Key: "hot-" + itoa(k+1), Values: vals}, now)
				}
			}
		})
		a.Update(changedMsg{version: s.Version()})
		h := ansi.Strip(strings.SplitN(screen(a), "\n", 2)[0])
		if ansi.StringWidth(h) > w {
			t.Errorf("%d columns, step %d: header %q is too wide", w, i, h)
		}
		out = append(out, strings.TrimRight(h, " "))
	}
	return out
}

var (
	calm = []float64{1, 20, 1} // within the view's thresholds
	warm = []float64{1, 85, 1} // warn (heat 80-95 °C)
	hot  = []float64{1, 99, 1} // crit (heat from 95 °C)
)

// ut31 Y9: a read-only profile's 80-column header lost the rate and
// `connected` when the first alert came, and kept them gone for the
// minute the alerts' widest form was held (`wb │ demo-laundry ·
// 127.0.0.1:31950 │ ● │ ro:admin`, 50 cells of 80), while the alerts kept
// their view's title and words. The alerts' title and words give way
// before the rate goes or `connected` shortens, and the room held for
// alerts that may come is their marks' (`!!9 · !9`), so the rate and
// `● connected` stay through the alerts, and through the minute after
// (at 80 columns `●`: the room held for a stale count, ut36a-12).
func TestHeaderKeepsTheRateAsAlertsCome(t *testing.T) {
	steps := [][2][]float64{{calm, calm}, {warm, calm}, {hot, warm}, {calm, calm}, {calm, calm}, {warm, calm}}
	for _, tc := range []struct {
		name string
		cl   Cluster
	}{
		{"read-only profile", Cluster{Name: "demo-laundry · 127.0.0.1:31950", Profile: "demo-laundry", ReadOnly: model.ReadOnlyAdmin}},
		{"profile", Cluster{Name: "demo-laundry · 127.0.0.1:31950", Profile: "demo-laundry"}},
		{"address", Cluster{Name: "127.0.0.1:31950"}},
		{"read-only all", Cluster{Name: "127.0.0.1:31950", ReadOnly: model.ReadOnlyAll}},
	} {
		for _, w := range []int{80, 100, 120} {
			for i, h := range headerThroughAlerts(t, tc.cl, w, steps) {
				// at 80 columns the room held for a stale count that may
				// come (ut36a-12) shortens `connected` before the rate goes
				link := map[bool]string{true: "●", false: "● connected"}[w == 80]
				if !strings.Contains(h, link) || !strings.Contains(h, "19.0/s") {
					t.Errorf("%s, %d columns, step %d: header %q lost the rate or `connected`", tc.name, w, i, h)
				}
				if steps[i][0][1] > 50 && !saysAlerts.MatchString(h) {
					t.Errorf("%s, %d columns, step %d: header %q does not say the alerts", tc.name, w, i, h)
				}
			}
		}
	}
}

// An SSH viewer's count goes first of all and is said where the line
// has room beside the room held for the alerts: at 200 columns whole
// with the read count, and, where it is said, in every frame as alerts
// come and go, not in the cells the alerts on screen leave (ut39-2: the
// registry, cut the same way, showed in the first seconds only).
func TestHeaderViewerCountBesideAlertsThatMayCome(t *testing.T) {
	steps := [][2][]float64{{calm, calm}, {hot, warm}, {calm, calm}}
	for _, mode := range []model.ReadOnly{model.ReadOnlyOff, model.ReadOnlyAll} { // serve's viewers are read-only all
		cl := Cluster{Name: "127.0.0.1:41234", Viewers: func() int { return 1 }, ReadOnly: mode}
		for _, h := range headerThroughAlerts(t, cl, 200, steps) {
			if !strings.Contains(h, "1 viewer") || !strings.Contains(h, "19.0/s produced 2,449 read") {
				t.Errorf("mode %v: header %q lacks the viewer count or the read count", mode, h)
			}
		}
		for _, w := range []int{80, 120} {
			hs := headerThroughAlerts(t, cl, w, steps)
			for i, h := range hs {
				if strings.Contains(h, "1 viewer") != strings.Contains(hs[0], "1 viewer") {
					t.Errorf("mode %v, %d columns, step %d: the viewer count comes or goes with the alerts: %q", mode, w, i, hs)
				}
			}
		}
	}
}

// A crit a minute ago costs the alerts no word that fits now (ut32a Za2:
// at 120 columns a read-only profile's header said `!3` with 19 cells
// blank for the minute after a crit, the demo's `!3 warn` and a viewer's
// `Machines !3 warn` at the same moment).
func TestHeaderAlertsSayTheWordsThatFitNow(t *testing.T) {
	cl := Cluster{Name: "demo-laundry · 127.0.0.1:31900", Profile: "demo-laundry", ReadOnly: model.ReadOnlyAdmin}
	hs := headerThroughAlerts(t, cl, 120, [][2][]float64{{warm, calm}, {hot, warm}, {warm, calm}, {warm, calm}})
	for i, h := range hs[2:] {
		// the read count gives way to the room held for a stale count
		// (ut36a-12: the line's forms are the width's, not the counts')
		if !strings.Contains(h, "!1 warn") || !strings.Contains(h, "19.0/s") {
			t.Errorf("step %d after the crit: header %q lacks `!1 warn` or the rate", i+2, h)
		}
	}
}

// A view with no threshold can bring no crit or warn: no room is kept for
// them (ut32b: after `v` on a topic, an SSH viewer's 80-column header
// dropped its read count, 20 cells blank, for alerts that could not come).
func TestHeaderKeepsNoRoomForAlertsAViewCannotHave(t *testing.T) {
	views := []model.TopicView{{Topic: "orders", Kind: model.SeriesView, Title: "orders", Fields: []model.Field{{Path: "amount", Label: "amount"}}}}
	s := model.NewStore(views, model.DefaultLimits())
	s.Update(func(st *model.State) {
		st.Link = model.Link{State: model.LinkConnected, PolledAt: fixedNow}
		st.TopicStats = []model.TopicStat{{Name: "orders", Partitions: 1, Rate: 35.8}}
		st.Aborted = 36_158
	})
	a := New(&Common{Ctx: context.Background(), Store: s, Now: func() time.Time { return fixedNow },
		Cluster: Cluster{Name: "127.0.0.1:31950", ReadOnly: model.ReadOnlyAll}})
	a.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	if h := ansi.Strip(strings.SplitN(screen(a), "\n", 2)[0]); !strings.Contains(h, "35.8/s produced 36,158 read") {
		t.Errorf("header %q dropped the read count for alerts the view cannot have", h)
	}
}

// The read count's reserve is what it reaches soon, not a future value
// that takes words from what is on screen now (ut32a Za2: a 120-column
// read-only profile said `!!2 · !2` during a crit, where `!!2 crit · !2
// warn` fitted with 3 cells to spare but for the count held to 9,999,999).
func TestHeaderCountReserveLeavesTheAlertsWords(t *testing.T) {
	for _, cl := range []Cluster{
		{Name: "demo-laundry · 127.0.0.1:31900", Profile: "demo-laundry", ReadOnly: model.ReadOnlyAdmin},
		{Name: "demo-laundry · 127.0.0.1:31900", Profile: "demo-laundry", ReadOnly: model.ReadOnlyAll},
	} {
		h := headerThroughAlerts(t, cl, 120, [][2][]float64{{hot, warm}})[0]
		if !strings.Contains(h, "!!1 crit · !1 warn") || !strings.Contains(h, "19.0/s") {
			t.Errorf("%v: header %q lacks the alerts' words or the rate", cl.ReadOnly, h)
		}
	}
}
