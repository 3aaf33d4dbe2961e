package source

import (
	"context"
	"testing"
	"time"

	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/washboard/washboard/model"
)

// ut34b-1, ut35-1: a console started after a one-off load of 50 records
// read `audit 1.7/s` (50 over a 30 s span before its first poll) beside a
// flat trend for a minute, the header 8x the truth. Records written
// before the console started are no rate (model/produce_span.go): the
// topic reads 0.0/s from the first poll on, however its records are
// stamped, and its trend is flat beside it; records written after read
// a rate, and the trend counts them once their bucket is whole.
func TestATopicLoadedBeforeTheConsoleReadsNoRate(t *testing.T) {
	b := startBroker(t, map[string]int32{"audit": 1})
	ctx := context.Background()
	old := time.Now().Add(-2 * time.Minute)
	var recs []*kgo.Record
	for i := range 50 { // stamped 2 minutes ago (event time set by the producer) and just now
		at := old
		if i%2 == 1 {
			at = time.Now()
		}
		recs = append(recs, &kgo.Record{Topic: "audit", Value: []byte("x"), Timestamp: at})
	}
	if err := independent(t, b).ProduceSync(ctx, recs...).FirstErr(); err != nil {
		t.Fatal(err)
	}
	store := model.NewStore(nil, model.DefaultLimits())
	p := newPoller(t, b, store, Watch{}, model.LagConfig{})
	for poll := range 3 {
		p.PollOnce(ctx)
		var rate float64
		var ps model.PartitionStat
		bars := 0
		store.Read(func(st *model.State) {
			rate = st.Lag.TopicRate("audit")
			for _, v := range st.TopicRates.Last("audit", model.TrendBuckets, st.Link.PolledAt.Add(model.TrendBucket), nil) {
				if v > 0 {
					bars++
				}
			}
			for _, x := range st.Partitions {
				if x.Topic == "audit" {
					ps = x
				}
			}
		})
		if rate != 0 || bars > 0 {
			t.Fatalf("poll %d: audit reads %.1f/s, its trend %d bars (high %d); want 0: nothing written since the console started", poll+1, rate, bars, ps.High)
		}
	}
	if err := independent(t, b).ProduceSync(ctx, &kgo.Record{Topic: "audit", Value: []byte("new")}).FirstErr(); err != nil {
		t.Fatal(err)
	}
	p.PollOnce(ctx)
	var rate float64
	store.Read(func(st *model.State) { rate = st.Lag.TopicRate("audit") })
	if rate <= 0 {
		t.Fatalf("a record written after the console started reads %.1f/s", rate)
	}
}
