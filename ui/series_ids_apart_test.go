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

// ut18b G8: a view charted over keys that differ only in the middle
// (settlement-batch-merchant-account-0000N-reconciliation-key) read
// `settlement-…iliation-key` on every row, even zoomed at 200 columns
// with 100 cells blank. Cut ids are cut where the ids on screen differ,
// as the Log tells keys apart, widened to where they do before the
// sparklines grow past 5 cells.
func TestSeriesIDsReadApart(t *testing.T) {
	for _, tc := range []struct {
		w, h  int
		keys  []string
		whole bool
	}{
		// (the 80x24 grid's 46 cells cut an id to its 12-cell floor
		// before the program goes: no cut that short tells these apart)
		{80, 24, []string{"1", "z"}, false}, {120, 40, []string{"1"}, false},
		{200, 50, []string{"1"}, false}, {200, 50, []string{"1", "z"}, false},
	} {
		name := fmt.Sprintf("%dx%d-%s", tc.w, tc.h, strings.Join(tc.keys, ""))
		t.Run(name, func(t *testing.T) {
			var recs []model.Record
			for sec := 60; sec >= 0; sec -= 5 {
				for n := range 5 {
					recs = append(recs, model.Record{Topic: model.LaundryTopic, Time: fixedNow.Add(-time.Duration(sec) * time.Second),
						Value: fmt.Appendf(nil, `{"machine_id":"settlement-batch-merchant-account-%05d-reconciliation-key","load_kg":%d}`, n, n+sec%7)})
				}
			}
			s := model.NewStore(model.DefaultViews(), model.DefaultLimits())
			s.Fold(recs, fixedNow)
			a := New(&Common{Ctx: context.Background(), Store: s, Now: func() time.Time { return fixedNow },
				Cluster: Cluster{Name: "127.0.0.1:9092", Embedded: true}})
			a.Update(tea.WindowSizeMsg{Width: tc.w, Height: tc.h})
			press(a, tc.keys...)
			got := screen(a)
			seen := map[string]bool{}
			for _, l := range strings.Split(got, "\n") {
				if i := strings.Index(l, "│set"); i >= 0 {
					seen[strings.Fields(l[i+len("│"):])[0]] = true
				}
			}
			if len(seen) != 5 {
				t.Errorf("5 different ids read as %d: %v\n%s", len(seen), keysOf(seen), got)
			}
			if tc.whole && !strings.Contains(got, "settlement-batch-merchant-account-00003-reconciliation-key") {
				t.Errorf("zoomed at %d columns an id is cut:\n%s", tc.w, got)
			}
		})
	}
}

func keysOf(m map[string]bool) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}
