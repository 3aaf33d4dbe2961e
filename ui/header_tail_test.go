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
		{"catching up: a bar, records behind, time left", model.TailStat{Behind: 75_000, CatchUp: 100_000},
			[]string{"catching up", "██░░░░░░░░", "75,000 behind", "~2s left"}, nil},
		{"just caught up", model.TailStat{CaughtUpAt: fixedNow.Add(-2 * time.Second)}, []string{"caught up"}, []string{"catching"}},
		{"caught up long ago: nothing", model.TailStat{CaughtUpAt: fixedNow.Add(-time.Minute)}, nil, []string{"caught up", "catching"}},
		{"keeping up: nothing", model.TailStat{Behind: 20}, nil, []string{"caught up", "catching"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := testApp(t, 200, 24)
			writer(a.c).Update(func(st *model.State) {
				st.Tail = tc.tail
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
