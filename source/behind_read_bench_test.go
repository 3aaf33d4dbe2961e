package source

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/washboard/washboard/model"
)

// BenchmarkPollStuckOlderThanTheConsole is a cluster of 50 topics of 12
// partitions whose 20 groups are stuck on records written an hour before
// the console started: after the first polls have read each record's
// time once, a poll costs what an idle cluster's does (the Fetch
// requests per poll are reported, 0 in the steady state).
func BenchmarkPollStuckOlderThanTheConsole(b *testing.B) {
	br := clusterOf(b, 50, 12, 20, 5)
	c, err := kgo.NewClient(kgo.SeedBrokers(br.Addr()), kgo.RecordPartitioner(kgo.ManualPartitioner()))
	if err != nil {
		b.Fatal(err)
	}
	defer c.Close()
	ctx := context.Background()
	old := time.Now().Add(-time.Hour)
	var recs []*kgo.Record
	for tp := range 50 {
		for p := range 12 {
			for i := range 8 {
				recs = append(recs, &kgo.Record{Topic: fmt.Sprintf("topic-%04d", tp), Partition: int32(p), Value: []byte("x"), Timestamp: old.Add(time.Duration(i) * time.Second)})
			}
		}
	}
	if err := c.ProduceSync(ctx, recs...).FirstErr(); err != nil {
		b.Fatal(err)
	}
	fetches := countFetches(br.Cluster())
	store := model.NewStore(nil, model.DefaultLimits())
	cl, err := conn(br).Client()
	if err != nil {
		b.Fatal(err)
	}
	p := &Poller{Client: cl, Store: store, Watch: Watch{All: true}}
	for range 12 { // the floors, then each partition's one read: 600 of them, 64 a poll
		p.PollOnce(ctx)
	}
	fetches.take()
	b.ResetTimer()
	polls := 0
	for b.Loop() {
		p.PollOnce(ctx)
		polls++
	}
	reqs, _ := fetches.take()
	var floors int
	store.Read(func(st *model.State) { floors = len(st.Lag.BehindFloors()) })
	if floors != 0 {
		b.Fatalf("%d behind floors left after every record was read", floors)
	}
	b.ReportMetric(float64(reqs)/float64(polls), "fetches/poll")
}
