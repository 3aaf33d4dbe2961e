package ui

import (
	"strings"
	"testing"
	"time"

	"github.com/washboard/washboard/model"
)

func TestHeaderShowsCatchUp(t *testing.T) {
	for _, tc := range []struct {
		name string
		tail model.TailStat
		want []string // in the header
		not  []string
	}{
		{"catching up: a bar, records behind, time left", model.TailStat{Behind: 75_000, CatchUp: 100_000, Drain: 30_000},
			[]string{"catching up", "██░░░░░░░░", "75,000 behind", "~2s left"}, nil},
		{"just caught up", model.TailStat{CaughtUpAt: fixedNow.Add(-2 * time.Second)}, []string{"caught up"}, []string{"catching"}},
		// The fold rate is still the catch-up's for a few seconds: the
		// header must not say "catching up" beside "caught up".
		{"just caught up, still folding fast", model.TailStat{CaughtUpAt: fixedNow.Add(-2 * time.Second)}, []string{"caught up"}, []string{"catching"}},
		{"keeping up, folding fast: the fold rate says it", model.TailStat{Behind: 20}, []string{"catching up, reading 30.0k/s"}, nil},
		{"caught up long ago: nothing", model.TailStat{CaughtUpAt: fixedNow.Add(-time.Minute)}, nil, []string{"caught up", "catching"}},
		{"keeping up: nothing", model.TailStat{Behind: 20}, nil, []string{"caught up", "catching"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := testApp(t, 320, 24) // wide: no header part is dropped
			writer(a.c).Update(func(st *model.State) {
				st.Tail = tc.tail
				if strings.Contains(tc.name, "folding fast") {
					st.Link.State, st.Link.PolledAt = model.LinkConnected, fixedNow
					st.Rate = model.RateMeter{}
					for i := 6; i > 0; i-- {
						st.Rate.Add(fixedNow.Add(-time.Duration(i)*time.Second), 30_000)
					}
				}
			})
			a.version = a.c.Store.Version()
			h := strings.SplitN(screen(a), "\n", 2)[0]
			for _, w := range tc.want {
				if !strings.Contains(h, w) {
					t.Errorf("header %q lacks %q", h, w)
				}
			}
			for _, w := range tc.not {
				if strings.Contains(h, w) {
					t.Errorf("header %q has %q", h, w)
				}
			}
		})
	}
}

func TestCatchUpText(t *testing.T) {
	for _, tc := range []struct {
		behind int64
		drain  float64
		want   string
	}{
		{75_000, 30_000, "75,000 behind · ~2s left"},
		{1_000_000, 0, "1,000,000 behind"},          // the pace not measured yet: no guess
		{1_000_000, -500, "1,000,000 behind"},       // falling further behind: no time left to give
		{900, 2000, "900 behind · <1s left"},        // nearly there
		{3_600_000, 1000, "3,600,000 behind · ~1h"}, // an hour at this pace
	} {
		if got := catchUpText(tc.behind, tc.drain); !strings.HasPrefix(got, tc.want) {
			t.Errorf("catchUpText(%d, %v) = %q, want %q", tc.behind, tc.drain, got, tc.want)
		}
	}
}
