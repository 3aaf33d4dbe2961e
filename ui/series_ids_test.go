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

// ut21a K1-1 / K6-1: a `v` series view keyed by 40-character Kafka keys
// that differ in one digit. Zoomed, and in the 200x50 grid, the ids are
// whole (the sparklines hold a minute of a 5-minute window: their cells
// would be blank); in the 80x24 grid they read apart, the program and
// last seen giving way, rather than five rows reading `settlem…ion-key`.
func TestSeriesViewIDsWholeOrApart(t *testing.T) {
	for _, tc := range []struct {
		w, h  int
		keys  []string
		whole bool
	}{
		{80, 24, nil, false}, {80, 24, []string{"1", "z"}, false},
		{200, 50, nil, true}, {200, 50, []string{"1", "z"}, true},
	} {
		t.Run(fmt.Sprintf("%dx%d-%s", tc.w, tc.h, strings.Join(tc.keys, "")), func(t *testing.T) {
			const topic = "wb21a-payments-settlement-reconciliation-events-stream-v3-euw"
			var recs []model.Record
			for sec := 60; sec >= 0; sec -= 5 {
				for n := 1; n <= 5; n++ {
					recs = append(recs, model.Record{Topic: topic, Partition: n % 3, Time: fixedNow.Add(-time.Duration(sec) * time.Second),
						Key:   fmt.Appendf(nil, "settlement-batch-%04d-reconciliation-key", n),
						Value: fmt.Appendf(nil, `{"amount":%d.5,"fee":%d,"n":%d,"state":"pending"}`, 100*n+sec, n, sec)})
				}
			}
			s := model.NewStore(model.DefaultViews(), model.DefaultLimits())
			s.Fold(recs, fixedNow)
			v, err := model.ParseViewSpec(topic, "series key=@key fields=amount,fee,n status=state")
			if err != nil {
				t.Fatal(err)
			}
			s.AddView(v, fixedNow)
			a := New(&Common{Ctx: context.Background(), Store: s, Views: s, Now: func() time.Time { return fixedNow },
				Cluster: Cluster{Name: "127.0.0.1:9092", Embedded: true}})
			a.Update(tea.WindowSizeMsg{Width: tc.w, Height: tc.h})
			a.openView(v)
			press(a, tc.keys...)
			got := screen(a)
			seen := map[string]bool{}
			for _, l := range strings.Split(got, "\n") {
				if i := strings.Index(l, "│set"); i >= 0 {
					seen[strings.Fields(l[i+len("│"):])[0]] = true
				}
			}
			if testing.Verbose() {
				t.Log("\n" + got)
			}
			if len(seen) != 5 {
				t.Errorf("5 different ids read as %d: %v\n%s", len(seen), keysOf(seen), got)
			}
			if tc.whole && !strings.Contains(got, "│settlement-batch-0003-reconciliation-key ") {
				t.Errorf("at %dx%d %v an id is cut:\n%s", tc.w, tc.h, tc.keys, got)
			}
		})
	}
}
