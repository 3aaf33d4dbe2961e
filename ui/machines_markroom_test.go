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

// ut39-3, ut38a-3: in the 80x24 grid, once the first `!`/`!!` markers had
// shown, `avro-washer-01` was cut to `avro-w…her-01` and the program to
// `c…40` while every row kept 3 blank cells after a heat without marker
// and 2 after a power no marker was shown on. A name is never cut while
// held room stands blank in its row: over ten simulated minutes of
// reports every 5 s, heat crossing warn and crit and power its warn on
// one machine and another, every id on screen is whole, the program is
// shown, every marker is on screen beside its value, and the columns
// hold still from the first frame on.
func TestMachinesIDWholeAsMarkersComeAndGo(t *testing.T) {
	ids := []string{"avro-dryer-01", "avro-washer-01", "dryer-01", "dryer-02", "washer-01"}
	progs := []string{"dry-delicate", "cotton-40", "dry-low", "dry-high", "cotton-60"}
	heatAt := func(step, m int) float64 {
		switch (step/6 + m) % 5 {
		case 0:
			return 81.4 // warn
		case 2:
			return 96.2 // crit
		}
		return 26.7 + float64((step*7+m*13)%40)
	}
	powerAt := func(step, m int) float64 {
		if (step/4+m)%7 == 3 {
			return 2871 // warn
		}
		return 1100 + float64((step*37+m*91)%1600)
	}
	a, fold := machinesEvery5s(len(ids), func(step, m int) string {
		return fmt.Sprintf(`{"machine_id":%q,"program":%q,"load_kg":%.1f,"heat_c":%.1f,"power_w":%.0f}`,
			ids[m], progs[m], 1.2+float64((m+step)%8), heatAt(step, m), powerAt(step, m))
	})
	first := seriesHeading(t, screen(a))
	for step := 1; step <= 120; step++ {
		fold(step)
		got := screen(a)
		for m, id := range ids {
			line := machineLine(got, id)
			if line == "" {
				t.Fatalf("+%ds: %s is not whole on screen:\n%s", step*5, id, got)
			}
			if !strings.Contains(line, progs[m][:1]) {
				t.Fatalf("+%ds: %s's program is not shown:\n%s", step*5, id, got)
			}
			heat := fmt.Sprintf("!%.1f°C", heatAt(step, m))
			if heatAt(step, m) > 80 && !strings.Contains(line, heat) {
				t.Fatalf("+%ds: %s's row has no %s:\n%s", step*5, id, heat, got)
			}
		}
		if h := seriesHeading(t, got); h != first {
			t.Fatalf("+%ds the columns moved:\n%s\nto\n%s", step*5, first, h)
		}
		if step == 120 {
			golden(t, "machines-markroom-80x24", got)
		}
	}
}

// machinesEvery5s is the app at 80x24 over n machines reporting value(step,
// m) at step 0, and fold, which has them report at 5 s step, the clock
// set to it.
func machinesEvery5s(n int, value func(step, m int) string) (*App, func(step int)) {
	now := fixedNow
	s := model.NewStore(model.DefaultViews(), model.DefaultLimits())
	fold := func(step int) {
		now = fixedNow.Add(time.Duration(step) * 5 * time.Second)
		rs := make([]model.Record, 0, n)
		for m := range n {
			rs = append(rs, model.Record{Topic: model.LaundryTopic, Time: now, Value: []byte(value(step, m))})
		}
		s.Fold(rs, now)
	}
	fold(0)
	s.Update(func(st *model.State) { st.Topics = []string{model.LaundryTopic} })
	a := New(&Common{Ctx: context.Background(), Store: s, Now: func() time.Time { return now },
		Cluster: Cluster{Name: "127.0.0.1:9092", Embedded: true}})
	a.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	return a, fold
}

// machineLine is the Machines row of id on screen, "" when no row shows
// it whole.
func machineLine(screen, id string) string {
	for _, l := range strings.Split(screen, "\n") {
		if strings.HasPrefix(l, "│"+id+" ") {
			return l
		}
	}
	return ""
}
