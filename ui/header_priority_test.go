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

// A [[cluster]] profile's name is in the header at every width: its
// broker list is cut to the first address before the rate goes, and the
// name is cut, not dropped, at 80 columns.
func TestHeaderKeepsTheProfilesName(t *testing.T) {
	const title = "local-three-broker-test-cluster · 127.0.0.1:43103,127.0.0.1:39753,127.0.0.1:38039"
	for _, w := range []int{200, 160, 120, 100, 90, 80, 60} {
		s := model.NewStore(model.DefaultViews(), model.DefaultLimits())
		s.Update(func(st *model.State) { st.Link = model.Link{State: model.LinkConnected, PolledAt: fixedNow} })
		a := New(&Common{Ctx: context.Background(), Store: s, Now: func() time.Time { return fixedNow }, Cluster: Cluster{Name: title}})
		a.Update(tea.WindowSizeMsg{Width: w, Height: 24})
		h := strings.SplitN(screen(a), "\n", 2)[0]
		if ansi.StringWidth(h) > w || !strings.Contains(h, "●") {
			t.Errorf("width %d: header %q too wide or without the link's state", w, h)
		}
		if !strings.Contains(h, "local-t") { // cut in the middle below 80 columns (R10)
			t.Errorf("width %d: header %q does not name the cluster", w, h)
		}
		if w >= 80 && !strings.Contains(h, "local-three-broker-test-cluster · 127.0.0.1:43103") {
			t.Errorf("width %d: header %q cut the name or first broker", w, h)
		}
		if w >= 80 && !strings.Contains(h, "/s") {
			t.Errorf("width %d: header %q dropped the rate before the broker list", w, h)
		}
	}
}

// A profile's name too long for the line is cut in the middle, and its
// first broker's address stays whole: `127.0.0.1:29…` names no broker
// (ut21a K9-3, 80x24).
func TestHeaderCutsTheProfileNameNotTheAddress(t *testing.T) {
	const title = "three-broker-local-lab-cluster-with-a-long-profile-name · 127.0.0.1:29900,127.0.0.1:29901,127.0.0.1:29902"
	for _, w := range []int{80, 70, 60} {
		s := model.NewStore(model.DefaultViews(), model.DefaultLimits())
		s.Update(func(st *model.State) { st.Link = model.Link{State: model.LinkConnected, PolledAt: fixedNow} })
		a := New(&Common{Ctx: context.Background(), Store: s, Now: func() time.Time { return fixedNow }, Cluster: Cluster{Name: title}})
		a.Update(tea.WindowSizeMsg{Width: w, Height: 24})
		h := ansi.Strip(strings.SplitN(screen(a), "\n", 2)[0])
		if ansi.StringWidth(h) > w || !strings.Contains(h, " · 127.0.0.1:29900,…") || !strings.Contains(h, "three-") || !strings.Contains(h, "-name") {
			t.Errorf("width %d: header %q: want the name cut in the middle and 127.0.0.1:29900 whole", w, h)
		}
	}
}

// The program's name is `wb` only where the line cannot hold `washboard`
// beside the alerts said now: from wideHeader columns always whole, and
// under it whole beside blank cells held for alerts not said (ut43a-1;
// before, chosen by that held room, it stayed `wb` beside 23 blank
// cells). 40 keys turning crit may shorten it where they take the cells.
func TestHeaderNameIsChosenByWidth(t *testing.T) {
	for _, w := range []int{80, 100, 119, 120, 200} {
		for _, heat := range []float64{20, 99} {
			a := testApp(t, w, 24)
			writer(a.c).Update(func(st *model.State) {
				for i := range 40 {
					model.FoldSeries(st.Series[model.LaundryTopic], &model.Decoded{Key: "hot-" + itoa(i), Values: []float64{1, heat, 1}}, fixedNow)
				}
			})
			a.version = a.c.Store.Version()
			line := strings.SplitN(screen(a), "\n", 2)[0]
			if strings.HasPrefix(line, "wb ") && (w >= wideHeader || heldBlank(line, w) >= len("washboard")-len("wb")) {
				t.Errorf("width %d, heat %v: `wb` beside %d blank cells: %q", w, heat, heldBlank(line, w), line)
			}
		}
	}
}

// During a catch-up a narrow header keeps how many records are behind,
// with its word, rather than a bare bar and number.
func TestNarrowCatchUpSaysBehind(t *testing.T) {
	a := testApp(t, 80, 24)
	writer(a.c).Update(func(st *model.State) { st.Tail = model.TailStat{Behind: 121_220, CatchUp: 150_000} })
	a.version = a.c.Store.Version()
	h := strings.SplitN(screen(a), "\n", 2)[0]
	if !strings.Contains(h, "121,220 behind") {
		t.Errorf("80-column catch-up header %q does not say what the number is", h)
	}
}

// A long profile name is cut in the middle before the link's state loses
// its word or the rate goes (ut25b R10: 55 cells of name beside a bare `●`
// at 80 columns); a short name is never cut for them.
func TestHeaderCutsALongProfileNameBeforeTheState(t *testing.T) {
	for _, tc := range []struct{ title, want string }{
		{"staging-with-a-rather-long-profile-name-for-the-picker-ut25b · 127.0.0.1:31960", "127.0.0.1:31960"},
		{"prod-eu · 127.0.0.1:31950", "prod-eu · 127.0.0.1:31950"},
	} {
		for _, w := range []int{80, 100} {
			s := model.NewStore(model.DefaultViews(), model.DefaultLimits())
			s.Update(func(st *model.State) { st.Link = model.Link{State: model.LinkConnected, PolledAt: fixedNow} })
			a := New(&Common{Ctx: context.Background(), Store: s, Now: func() time.Time { return fixedNow }, Cluster: Cluster{Name: tc.title}})
			a.Update(tea.WindowSizeMsg{Width: w, Height: 24})
			h := ansi.Strip(strings.SplitN(screen(a), "\n", 2)[0])
			if ansi.StringWidth(h) > w || !strings.Contains(h, "● connected") || !strings.Contains(h, "/s") || !strings.Contains(h, tc.want) {
				t.Errorf("width %d: header %q: want %q, `● connected` and the rate", w, h, tc.want)
			}
		}
	}
}

// The read-only mode shortens to `ro:admin` before the rate goes, so the
// rate does not come and go with the alerts beside a whole `read-only
// admin` (ut27 T14, 80 columns).
func TestHeaderShortensTheModeBeforeTheRateGoes(t *testing.T) {
	for _, mode := range []model.ReadOnly{model.ReadOnlyAdmin, model.ReadOnlyAll} {
		for _, crit := range []int{0, 2} {
			s := model.NewStore(model.DefaultViews(), model.DefaultLimits())
			s.Update(func(st *model.State) {
				st.Link = model.Link{State: model.LinkConnected, PolledAt: fixedNow}
				for i := range crit {
					model.FoldSeries(st.Series[model.LaundryTopic], &model.Decoded{Key: "hot-" + itoa(i), Values: []float64{1, 99, 1}}, fixedNow)
				}
			})
			a := New(&Common{Ctx: context.Background(), Store: s, Now: func() time.Time { return fixedNow }, Cluster: Cluster{Name: "127.0.0.1:31900", ReadOnly: mode}})
			a.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
			h := ansi.Strip(strings.SplitN(screen(a), "\n", 2)[0])
			if !strings.Contains(h, "/s") || !strings.Contains(h, "ro:") && !strings.Contains(h, "read-only") {
				t.Errorf("mode %v, %d alerts: header %q lost the rate or the mode", mode, crit, h)
			}
		}
	}
}

// A profile's name keeps one cut while the alerts come and go: what gives
// way is chosen as if the alerts were as wide as in the last minute
// (ut28a U6: `eu-west…on-ut28a` and `eu-we…-ut28a` in turn at 80 columns).
func TestHeaderProfileCutHoldsAsAlertsChange(t *testing.T) {
	const title = "eu-west-primary-settlement-cluster-production-ut28a · 127.0.0.1:31900"
	s := model.NewStore(model.DefaultViews(), model.DefaultLimits())
	s.Update(func(st *model.State) { st.Link = model.Link{State: model.LinkConnected, PolledAt: fixedNow} })
	now := fixedNow
	a := New(&Common{Ctx: context.Background(), Store: s, Now: func() time.Time { return now }, Cluster: Cluster{Name: title, ReadOnly: model.ReadOnlyAdmin}})
	a.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	var cuts []string
	for i, vals := range [][]float64{{1, 99, 1}, {1, 70, 1}, {1, 99, 1}, {1, 70, 1}} { // crit, then warn, ...
		now = fixedNow.Add(time.Duration(i) * 5 * time.Second)
		s.Update(func(st *model.State) {
			model.FoldSeries(st.Series[model.LaundryTopic], &model.Decoded{Key: "hot-1", Values: vals}, now)
			model.FoldSeries(st.Series[model.LaundryTopic], &model.Decoded{Key: "hot-2", Values: []float64{1, 70, 1}}, now)
		})
		a.Update(changedMsg{version: s.Version()})
		h := ansi.Strip(strings.SplitN(screen(a), "\n", 2)[0])
		_, rest, _ := strings.Cut(h, "│ eu-")
		name, _, _ := strings.Cut(rest, " · ")
		cuts = append(cuts, "eu-"+name)
	}
	for _, c := range cuts[1:] {
		if c != cuts[0] {
			t.Errorf("the profile's name is cut %q as the alerts change, want one cut", cuts)
			break
		}
	}
}
