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

// ut28b V3: at 80x24 five different keys read `ledger-p…key-ut28b` on
// every row, the ids differing only in their middle (account 0049 …
// 0055), where no cut with one ellipsis in the 18 cells the grid leaves
// tells them apart. Cut between two ellipses on the cells where they
// differ, they read apart at every width, whatever the keys' shape.
func TestSeriesIDsReadApartEveryShape(t *testing.T) {
	shapes := map[string]func(n int) string{
		"ledger": func(n int) string {
			return fmt.Sprintf("ledger-posting-for-account-%04d-in-batch-002-long-key-ut28b", 49+n)
		},
		"card": func(n int) string {
			return fmt.Sprintf("card-holder-%04d-authorisation-request-key-for-region-eu-west-ut28a", n)
		},
		"settlement": func(n int) string { return fmt.Sprintf("settlement-batch-merchant-account-%05d-reconciliation-key", n) },
		"head": func(n int) string {
			return fmt.Sprintf("v%02d-settlement-batch-merchant-account-reconciliation-key", n)
		},
	}
	for name, key := range shapes {
		for _, tc := range []struct {
			w, h int
			keys []string
		}{{80, 24, []string{"1", "j", "j", "j", "j", "j", "j", "j", "j", "j"}}, {80, 24, []string{"1", "z"}}, {120, 40, []string{"1"}}, {150, 40, []string{"1"}}, {200, 50, []string{"1"}}} {
			t.Run(fmt.Sprintf("%s-%dx%d-%s", name, tc.w, tc.h, strings.Join(tc.keys, "")), func(t *testing.T) {
				var recs []model.Record
				ids := map[string]bool{}
				for n := range 5 {
					ids[key(n)] = true
					for sec := 60; sec >= 0; sec -= 5 {
						if n == 0 && sec < 45 { // one machine stale: last seen keeps 9 cells
							continue
						}
						recs = append(recs, model.Record{Topic: model.LaundryTopic, Time: fixedNow.Add(-time.Duration(sec) * time.Second),
							Value: fmt.Appendf(nil, `{"machine_id":%q,"load_kg":%d}`, key(n), n+sec%7)})
					}
				}
				for _, id := range []string{"washer-of-the-night-shift", "dryer-of-the-night-shift"} { // ids of other starts
					recs = append(recs, model.Record{Topic: model.LaundryTopic, Time: fixedNow,
						Value: fmt.Appendf(nil, `{"machine_id":%q,"load_kg":1}`, id)})
				}
				for n := range 3 { // and short ids beside them, whole
					recs = append(recs, model.Record{Topic: model.LaundryTopic, Time: fixedNow,
						Value: fmt.Appendf(nil, `{"machine_id":"acct-%d","load_kg":%d}`, n, n)})
				}
				s := model.NewStore(model.DefaultViews(), model.DefaultLimits())
				s.Fold(recs, fixedNow)
				a := New(&Common{Ctx: context.Background(), Store: s, Now: func() time.Time { return fixedNow },
					Cluster: Cluster{Name: "127.0.0.1:9092", Embedded: true}})
				a.Update(tea.WindowSizeMsg{Width: tc.w, Height: tc.h})
				do(a, tc.keys...)
				got := screen(a)
				shown, rows := map[string]bool{}, 0
				for _, l := range strings.Split(got, "\n")[2:] {
					if strings.HasPrefix(l, "╰") {
						break
					}
					cells := strings.SplitN(l, "│", 3) // the Machines box: its first cell to its right side
					if len(cells) < 3 {
						continue
					}
					f := strings.Fields(cells[1])
					if len(f) > 0 && !strings.HasPrefix(f[0], "acct-") && !strings.Contains(f[0], "night") && !strings.HasPrefix(f[0], "dryer-") && !strings.HasPrefix(f[0], "washer-") && !strings.HasPrefix(f[0], "id") {
						shown[f[0]], rows = true, rows+1
					}
				}
				if rows < 2 || len(shown) != rows {
					t.Errorf("%d rows of different ids read as %d: %v\n%s", rows, len(shown), keysOf(shown), got)
				}
			})
		}
	}
}
