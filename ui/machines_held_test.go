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

// ut22a M8 gave back, after a quiet minute, the cells a crit heat had
// needed; ut34a-25 decided the columns hold still instead. ut43a-2 and
// ut43a-20 found held room standing blank beside cut ids and programs
// twenty minutes on: the crit's room is held a minute after it went, as
// the Log's widths are (given back the frame it went, a value flickering
// across a threshold moved the columns at every crossing: ut43a-2), and
// then the cut program takes it back; from then on the 80x24 grid keeps
// its layout as the values come and go.
func TestMachinesHoldWidthsAfterACrit(t *testing.T) {
	for _, crit := range []float64{99.1, 101.3} {
		t.Run(fmt.Sprintf("crit-%.1f", crit), func(t *testing.T) {
			ids := []string{"dryer-01", "dryer-02", "dryer-04", "washer-01", "washer-02"}
			progs := []string{"dry-high", "dry-high", "dry-low", "cotton-40", "synthetics-40"}
			rec := func(at time.Time, m int, hot bool) model.Record {
				heat := 50.6 + float64(m*6)
				switch {
				case hot:
					heat = crit
				case m == 3:
					heat = 80.7 // warn: a `!` stays on screen
				}
				return model.Record{Topic: model.LaundryTopic, Time: at, Value: fmt.Appendf(nil,
					`{"machine_id":%q,"program":%q,"load_kg":%.1f,"heat_c":%.1f,"power_w":%d}`, ids[m], progs[m], 1.5+float64(m), heat, 1982+m*100)}
			}
			now := fixedNow
			s := model.NewStore(model.DefaultViews(), model.DefaultLimits())
			var recs []model.Record
			for sec := 120; sec >= 0; sec -= 5 {
				for m := range ids {
					recs = append(recs, rec(now.Add(-time.Duration(sec)*time.Second), m, sec == 0 && m == 1))
				}
			}
			s.Fold(recs, now)
			s.Update(func(st *model.State) { st.Topics = []string{model.LaundryTopic} })
			a := New(&Common{Ctx: context.Background(), Store: s, Now: func() time.Time { return now },
				Cluster: Cluster{Name: "127.0.0.1:9092", Embedded: true}})
			a.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
			got := screen(a)
			if !strings.Contains(got, fmt.Sprintf("!%.1f°C", crit)) { // `!!` or, its room yielded, `!` in crit's colour
				t.Fatalf("the crit value is not shown whole:\n%s", got)
			}
			first := seriesHeading(t, got)       // the crit's layout, held a minute
			for sec := 5; sec <= 180; sec += 5 { // a report every 5 s, none crit
				now = fixedNow.Add(time.Duration(sec) * time.Second)
				var rs []model.Record
				for m := range ids {
					rs = append(rs, rec(now, m, false))
				}
				s.Fold(rs, now)
				got = screen(a)
				if sec == 65 { // a minute after the crit: its room given back
					first = seriesHeading(t, got)
				}
				if h := seriesHeading(t, got); h != first {
					t.Fatalf("+%ds after the crit the columns moved:\n%s\nto\n%s", sec, first, h)
				}
			}
			if crit > 100 {
				golden(t, "machines-held-80x24", got)
			}
		})
	}
}

// The width in which the ids on screen read apart is held as the other
// widths are: for the session, however long ago the rows that needed it
// scrolled away (ut34a-25).
func TestSeriesIDsApartWidthHeld(t *testing.T) {
	rows := func(ids ...string) []machineRow {
		out := make([]machineRow, len(ids))
		for i, id := range ids {
			out[i] = machineRow{key: id}
		}
		return out
	}
	apart := rows("settlement-batch-merchant-account-00001-reconciliation-key", "settlement-batch-merchant-account-00002-reconciliation-key")
	plain := rows("washer-01-of-the-north-building-annex-long-id", "dryer-02-of-the-north-building-annex-long-id")
	const keyW = 58
	p := &SeriesPane{}
	wide := p.apartWidth(apart, keyW)
	if got := p.apartWidth(plain, keyW); got != wide {
		t.Errorf("apart width %d once the wide ids went, want %d held", got, wide)
	}
}
