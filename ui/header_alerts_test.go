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

// Over the first polls at 80x24, as 0, 1, 4 alerts come and go, a long
// profile's name keeps one cut, at least profileNameKept cells: the
// alerts say their shorter forms (no view title, then marks) before the
// name is cut under its floor (ut29 U6: `eu-west…ion-ut29` and
// `eu-we…n-ut29`, 11 cells, in turn in the first seconds).
func TestHeaderProfileNameKeepsItsFloorAsTheFirstAlertsCome(t *testing.T) {
	const name = "eu-west-settlement-production-ut29"
	for _, mode := range []model.ReadOnly{model.ReadOnlyAdmin, model.ReadOnlyOff} {
		s := model.NewStore(model.DefaultViews(), model.DefaultLimits())
		now := fixedNow
		a := New(&Common{Ctx: context.Background(), Store: s, Now: func() time.Time { return now },
			Cluster: Cluster{Name: name + " · 127.0.0.1:31900", ReadOnly: mode}})
		a.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
		var frames, cuts []string
		for i, hot := range [][]float64{nil, {85}, {99, 85, 85, 85}, {85}, nil} { // 0, 1, 4, 1 alerts: heat per machine
			now = fixedNow.Add(time.Duration(i) * 2 * time.Second)
			s.Update(func(st *model.State) {
				st.Link = model.Link{State: model.LinkConnected, PolledAt: now, AnsweredAt: now}
				for m := range 4 {
					heat := 40.0
					if m < len(hot) {
						heat = hot[m]
					}
					model.FoldSeries(st.Series[model.LaundryTopic], &model.Decoded{Key: "washer-0" + itoa(m), Values: []float64{1, heat, 1}}, now)
				}
			})
			a.Update(changedMsg{version: s.Version()})
			h := ansi.Strip(strings.SplitN(screen(a), "\n", 2)[0])
			frames = append(frames, h)
			i0 := strings.Index(h, "eu-")
			j := strings.Index(h, " · 127.0.0.1:31900")
			if i0 < 0 || j < i0 {
				t.Fatalf("mode %v frame %d: header %q does not name the profile and its broker", mode, i, h)
			}
			cut := h[i0:j]
			if ansi.StringWidth(cut) < profileNameKept {
				t.Errorf("mode %v frame %d: the name is cut to %q, %d cells, under the floor %d:\n%s", mode, i, cut, ansi.StringWidth(cut), profileNameKept, h)
			}
			cuts = append(cuts, cut)
		}
		for i, c := range cuts[1:] {
			if c != cuts[0] {
				t.Errorf("mode %v: the name reads %q on frame %d and %q on frame 0:\n%s", mode, c, i+1, cuts[0], strings.Join(frames, "\n"))
			}
		}
		if mode == model.ReadOnlyAdmin {
			golden(t, "header-profile-first-alerts-80", strings.Join(frames, "\n"))
		}
	}
}
