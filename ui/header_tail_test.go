package ui

import (
	"strings"
	"testing"
	"time"

	"github.com/washboard/washboard/model"
)

func TestHeaderShowsCatchUp(t *testing.T) {
	for _, tc := range []struct {
		name   string
		tail   model.TailStat
		polled bool     // a poll answered: the produced rate is known
		want   []string // in the header
		not    []string
	}{
		{"catching up: a bar, records behind, time left", model.TailStat{Behind: 75_000, CatchUp: 100_000}, false,
			[]string{"catching up", "██░░░░░░░░", "75,000 behind", "~2s left"}, nil},
		{"just caught up", model.TailStat{CaughtUpAt: fixedNow.Add(-2 * time.Second)}, false, []string{"caught up"}, []string{"catching"}},
		// The read rate decays for seconds after the end: it must not say
		// "catching up, reading" beside "caught up" (a user test, issue 14).
		{"just caught up, polled", model.TailStat{CaughtUpAt: fixedNow.Add(-2 * time.Second)}, true, []string{"caught up"}, []string{"catching"}},
		{"behind without a bar, polled", model.TailStat{Behind: 3000}, true, []string{"catching up, reading"}, []string{"caught up"}},
		{"caught up long ago: nothing", model.TailStat{CaughtUpAt: fixedNow.Add(-time.Minute)}, false, nil, []string{"caught up", "catching"}},
		{"keeping up: nothing", model.TailStat{Behind: 20}, false, nil, []string{"caught up", "catching"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := testApp(t, 200, 24)
			writer(a.c).Update(func(st *model.State) {
				st.Tail = tc.tail
				if tc.polled {
					st.Link.PolledAt = fixedNow.Add(-time.Second)
				}
				// Folded at 30,000/s, nothing produced: 75,000 behind drain
				// in 2.5 s.
				st.Rate = model.RateMeter{}
				for i := 6; i > 0; i-- {
					st.Rate.Add(fixedNow.Add(-time.Duration(i)*time.Second), 30_000)
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
