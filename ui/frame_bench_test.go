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

// streamOne folds the next machine record into the grid's store, as the
// tail does while records stream: the Log and Machines change.
func streamOne(s *model.Store, rng *rand.Rand, fleet *model.Fleet, off int64) {
	e := fleet.Next(rng, fixedNow)
	s.Fold([]model.Record{{Topic: model.LaundryTopic, Partition: int(off % 6), Offset: off, Time: fixedNow,
		Key: []byte(e.MachineID), Value: model.MustJSON(e)}}, fixedNow)
}

// BenchmarkFullFrame renders the whole 200x50 grid over a busy store (500
// machines, a full log): the cost of one frame, paid at most ~30 times a
// second per session. "changed": a record arrived since the last frame
// (the Log and Machines change, the other panes' boxes are reused);
// "unchanged": the store moved but nothing on screen did (a quiet poll).
func BenchmarkFullFrame(b *testing.B) {
	b.Run("changed", func(b *testing.B) {
		a := busyGrid()
		s := a.c.Store.(*model.Store)
		rng, fleet := rand.New(rand.NewPCG(3, 4)), model.NewFleet(500, 0)
		b.ReportAllocs()
		for i := 0; b.Loop(); i++ {
			streamOne(s, rng, fleet, int64(10_000+i))
			a.version = s.Version()
			if len(a.View().Content) == 0 {
				b.Fatal("empty frame")
			}
		}
		b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N), "µs/frame")
	})
	b.Run("unchanged", func(b *testing.B) {
		a := busyGrid()
		b.ReportAllocs()
		for b.Loop() {
			a.version++ // the store moved: the frame is drawn again
			if len(a.View().Content) == 0 {
				b.Fatal("empty frame")
			}
		}
		b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N), "µs/frame")
	})
}

// BenchmarkTenSessions is ten sessions at 200x50 over one busy store,
// each drawing a frame after every record (washboard bench --sessions 10
// without the terminal renderer): with the process's one BoxCache a box
// the sessions draw alike is drawn once between them; "own" gives each
// session a cache of its own.
func BenchmarkTenSessions(b *testing.B) {
	for _, shared := range []bool{true, false} {
		name := "shared"
		if !shared {
			name = "own"
		}
		b.Run(name, func(b *testing.B) {
			first := busyGrid()
			s := first.c.Store.(*model.Store)
			var boxes *BoxCache
			if shared {
				boxes = NewBoxCache(0)
			}
			apps := make([]*App, 10)
			for i := range apps {
				apps[i] = New(&Common{Ctx: context.Background(), Store: s, Now: func() time.Time { return fixedNow }, Boxes: boxes})
				apps[i].w, apps[i].h = 200, 50
				apps[i].resize()
			}
			rng, fleet := rand.New(rand.NewPCG(3, 4)), model.NewFleet(500, 0)
			b.ReportAllocs()
			for i := 0; b.Loop(); i++ {
				streamOne(s, rng, fleet, int64(10_000+i))
				for _, a := range apps {
					a.version = s.Version()
					if len(a.View().Content) == 0 {
						b.Fatal("empty frame")
					}
				}
			}
			b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N*len(apps)), "µs/frame")
		})
	}
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
