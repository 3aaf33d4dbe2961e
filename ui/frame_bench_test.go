package ui

import (
	"context"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/washboard/washboard/model"
)

// busyGrid is the 200x50 grid over a busy store: 500 machines and a full
// log (10,000 records).
func busyGrid() *App {
	s := model.NewStore(model.DefaultViews(), model.DefaultLimits())
	rng := rand.New(rand.NewPCG(1, 2))
	fleet := model.NewFleet(500, 0)
	batch := make([]model.Record, 0, 10_000)
	for i := range 10_000 {
		e := fleet.Next(rng, fixedNow)
		batch = append(batch, model.Record{Topic: model.LaundryTopic, Partition: i % 6, Offset: int64(i), Time: fixedNow,
			Key: []byte(e.MachineID), Value: model.MustJSON(e)})
	}
	s.Fold(batch, fixedNow)
	a := New(&Common{Ctx: context.Background(), Store: s, Now: func() time.Time { return fixedNow }})
	a.w, a.h = 200, 50
	a.resize()
	return a
}

// BenchmarkFullFrame renders the whole 200x50 grid over a busy store (500
// machines, a full log): the cost of one frame, paid at most ~30 times a
// second per session.
func BenchmarkFullFrame(b *testing.B) {
	a := busyGrid()
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		a.version++ // as if the store changed: no cached frame
		if len(a.View().Content) == 0 {
			b.Fatal("empty frame")
		}
	}
	b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N), "µs/frame")
}

// BenchmarkSnapshot is the part of a frame spent under the store's read
// lock (the grid at 200x50 over 500 machines and a full log): what a
// writer may have to wait for.
func BenchmarkSnapshot(b *testing.B) {
	a := busyGrid()
	rects := layout(a.w, a.bodyHeight(), a.focus, a.layoutOpts())
	b.ReportAllocs()
	for b.Loop() {
		a.snapshot(rects, fixedNow)
	}
}
