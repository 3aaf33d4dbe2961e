package ui

import (
	"context"
	"math/rand/v2"
	"slices"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/washboard/washboard/model"
)

// BenchmarkFoldUnderSessions is what readers cost the tail: six sessions
// draw frames back to back at 200x50 (the grid, a filtered Log, zoomed
// Partitions, the Groups side-by-side view, the Series detail view, a
// sorted Status pane) over a busy store (500
// machines, a full log, 10,000 partitions and 2,000 groups), while a
// folder adds 5,000 records a second in batches of 167 every 33 ms, as the
// tail does. It reports the longest and the 99th-percentile time one Fold
// call took, waiting for the write lock included: a session that draws
// under the lock shows here as a long wait.
func BenchmarkFoldUnderSessions(b *testing.B) {
	s := scaleStore()
	rng := rand.New(rand.NewPCG(1, 2))
	fleet := model.NewFleet(500, 0)
	next := func(n int, off *int64) []model.Record {
		out := make([]model.Record, 0, n)
		for range n {
			e := fleet.Next(rng, fixedNow)
			*off++
			out = append(out, model.Record{Topic: model.LaundryTopic, Partition: int(*off % 6), Offset: *off, Time: fixedNow,
				Key: []byte(e.MachineID), Value: model.MustJSON(e)})
		}
		return out
	}
	var off int64
	s.Fold(next(10_000, &off), fixedNow)
	sessions := [][]string{nil, {"6", "z", "/", "h", "e", "a", "t", "_", "c", ">", "5", "0", "enter"}, {"4", "z"}, {"5", "z", "enter"},
		{"1", "z", "enter"}, {"2", "z", "s"}} // the Series detail view; a sorted Status pane
	var took []time.Duration // every iteration's Fold calls
	for b.Loop() {
		ctx, cancel := context.WithCancel(context.Background())
		var wg sync.WaitGroup
		for _, keys := range sessions {
			a := New(&Common{Ctx: ctx, Store: s, Now: func() time.Time { return fixedNow }})
			a.Update(tea.WindowSizeMsg{Width: 200, Height: 50})
			for _, k := range keys {
				a.Update(keyPress(k))
			}
			wg.Go(func() {
				for ctx.Err() == nil {
					_ = a.render()
				}
			})
		}
		tick := time.NewTicker(33 * time.Millisecond)
		for range 60 { // two seconds of load
			<-tick.C
			batch := next(167, &off)
			t0 := time.Now()
			s.Fold(batch, fixedNow)
			took = append(took, time.Since(t0))
		}
		tick.Stop()
		cancel()
		wg.Wait()
	}
	slices.Sort(took)
	b.ReportMetric(float64(took[len(took)-1].Microseconds()), "max-fold-µs")
	b.ReportMetric(float64(took[len(took)*99/100].Microseconds()), "p99-fold-µs")
	b.ReportMetric(float64(took[len(took)/2].Microseconds()), "p50-fold-µs")
}
