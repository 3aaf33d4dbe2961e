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

// The grid's one-line summary of a status view is broken between
// statuses over the rows the key list leaves, or says how many statuses
// it leaves out, never cut inside one (ut27 T8: `site-0 8 · … · s…` at
// 120x30 with the pane's rows below blank to the right).
func TestStatusSummaryNeverCutInsideAStatus(t *testing.T) {
	const topic = "warehouse-inventory-adjustments-stream-from-regional-sites-ut27"
	for _, size := range statusSummarySizes() {
		s := model.NewStore(model.DefaultViews(), model.DefaultLimits())
		v, err := model.ParseViewSpec(topic, "status key=sku status=site")
		if err != nil {
			t.Fatal(err)
		}
		s.AddView(v, fixedNow.Add(-time.Minute))
		var recs []model.Record
		for i := range 40 {
			recs = append(recs, model.Record{Topic: topic, Time: fixedNow.Add(-time.Duration(40-i) * time.Second),
				Value: []byte(fmt.Sprintf(`{"sku":"sku-%02d","site":"site-%d"}`, i, i%5))})
		}
		s.Fold(recs, fixedNow)
		a := New(&Common{Ctx: context.Background(), Store: s, Views: s, Now: func() time.Time { return fixedNow },
			Cluster: Cluster{Name: "127.0.0.1:9092", Embedded: true}})
		a.Update(tea.WindowSizeMsg{Width: size[0], Height: size[1]})
		a.openView(v)
		sc := screen(a)
		var summary []string
		for _, l := range strings.Split(sc, "\n") {
			for _, cell := range strings.Split(l, "│") {
				if c := strings.TrimSpace(cell); strings.HasPrefix(c, "site-") || strings.HasPrefix(c, "… +") { // the list's rows start with sku-
					summary = append(summary, c)
				}
			}
		}
		joined := strings.Join(summary, " · ")
		if len(summary) == 0 {
			continue // a pane too short for the summary: rows come first
		}
		for i := range 5 {
			if !strings.Contains(joined, fmt.Sprintf("site-%d 8", i)) && !strings.Contains(joined, "more") {
				t.Errorf("%v: the summary %q leaves out site-%d without saying so:\n%s", size, joined, i, sc)
			}
		}
		if strings.Contains(joined, "…") && !strings.Contains(joined, "more") {
			t.Errorf("%v: the summary is cut inside a status: %q\n%s", size, joined, sc)
		}
	}
}

func statusSummarySizes() (out [][2]int) {
	for _, w := range []int{80, 100, 120, 160, 200} {
		for h := 24; h <= 60; h += 4 {
			out = append(out, [2]int{w, h})
		}
	}
	return out
}
