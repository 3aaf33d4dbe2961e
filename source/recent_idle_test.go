package source

import (
	"context"
	"testing"
	"time"

	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/washboard/washboard/model"
)

// ut34b-1: a console started 2 minutes after a one-off load of 50 records
// read `audit 1.7/s` (50 over the 30 s seed span) for a minute, the header
// 8x the truth. A topic with no new offset since before the seed span
// reads 0.0/s from the first poll on, however its records are stamped.
func TestATopicLoadedBeforeTheConsoleReadsNoRate(t *testing.T) {
	b := startBroker(t, map[string]int32{"audit": 1})
	ctx := context.Background()
	old := time.Now().Add(-2 * time.Minute)
	var recs []*kgo.Record
	for range 50 {
		recs = append(recs, &kgo.Record{Topic: "audit", Value: []byte("x"), Timestamp: old})
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
		store.Read(func(st *model.State) {
			rate = st.Lag.TopicRate("audit")
			for _, x := range st.Partitions {
				if x.Topic == "audit" {
					ps = x
				}
			}
		})
		if rate != 0 {
			t.Fatalf("poll %d: audit reads %.1f/s (recent offset %d at %v, high %d); want 0: nothing written since the console started", poll+1, rate, ps.RecentFrom, ps.RecentAt, ps.High)
		}
	}
}
