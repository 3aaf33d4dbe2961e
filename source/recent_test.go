package source

import (
	"context"
	"testing"
	"time"

	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/washboard/washboard/model"
)

// The first poll asks where each log stood recentSpan before it (the
// broker's time index), so a new console's first produce rates span that
// time (model/produce_seed.go; ut24a P14); later polls do not ask again.
// kfake over TCP.
func TestTheFirstPollReadsWhereLogsStoodRecently(t *testing.T) {
	b := startBroker(t, nil)
	ctx := context.Background()
	if _, err := adm(t, b).CreateTopic(ctx, 2, 1, nil, "recent"); err != nil {
		t.Fatal(err)
	}
	fill(t, b, "recent", 60, 0)
	store := model.NewStore(nil, model.DefaultLimits())
	p := newPoller(t, b, store, Watch{}, model.LagConfig{})
	recentOf := func() (model.PartitionStat, bool) {
		var ps model.PartitionStat
		var ok bool
		store.Read(func(st *model.State) {
			for _, x := range st.Partitions {
				if x.Topic == "recent" && x.Partition == 0 {
					ps, ok = x, true
				}
			}
		})
		return ps, ok
	}
	eventually(t, 10*time.Second, "the first poll", func() bool {
		p.PollOnce(ctx)
		_, ok := recentOf()
		return ok
	})
	ps, _ := recentOf()
	if ps.RecentAt.IsZero() || ps.RecentFrom != 0 || ps.High != 60 {
		t.Fatalf("first poll: recent offset %d at %v, high %d; want 0 (every record is recent), high 60", ps.RecentFrom, ps.RecentAt, ps.High)
	}
	var rate float64
	store.Read(func(st *model.State) { rate = st.Lag.TopicRate("recent") })
	if rate <= 0 {
		t.Fatalf("the first poll reads the topic at %.1f/s: its 60 records of the last 30 s were not counted", rate)
	}
	p.PollOnce(ctx)
	if ps, _ := recentOf(); !ps.RecentAt.IsZero() {
		t.Fatalf("a later poll asked again: recent %d at %v", ps.RecentFrom, ps.RecentAt)
	}
}

// The first poll also asks where each log stood one span earlier, with
// the found records' timestamps, so a topic written in bursts on a rhythm
// that does not divide the span reads its rate over whole periods (ut30
// X11: 300 records every 20 s read 20.0/s, two bursts over 30 s). The
// bursts are written by franz-go with their CreateTime set.
func TestTheFirstPollReadsABurstRhythmOverWholePeriods(t *testing.T) {
	b := startBroker(t, map[string]int32{"settlement": 1})
	ctx := context.Background()
	now := time.Now()
	var recs []*kgo.Record
	for _, ago := range []time.Duration{48 * time.Second, 28 * time.Second, 8 * time.Second} {
		for range 300 {
			recs = append(recs, &kgo.Record{Topic: "settlement", Value: []byte("x"), Timestamp: now.Add(-ago)})
		}
	}
	if err := independent(t, b).ProduceSync(ctx, recs...).FirstErr(); err != nil {
		t.Fatal(err)
	}
	store := model.NewStore(nil, model.DefaultLimits())
	p := newPoller(t, b, store, Watch{}, model.LagConfig{})
	p.PollOnce(ctx)
	var rate float64
	var ps model.PartitionStat
	store.Read(func(st *model.State) {
		rate = st.Lag.TopicRate("settlement")
		for _, x := range st.Partitions {
			if x.Topic == "settlement" {
				ps = x
			}
		}
	})
	if ps.EarlierFrom != 0 || ps.RecentFrom != 300 || ps.RecentTime-ps.EarlierTime != 20_000 {
		t.Fatalf("the first poll found %d at %d and %d at %d: want the bursts' first records, 0 and 300, 20 s apart",
			ps.EarlierFrom, ps.EarlierTime, ps.RecentFrom, ps.RecentTime)
	}
	if rate < 14.5 || rate > 15.5 {
		t.Fatalf("the first poll reads 300 records every 20 s at %.1f/s, want 15.0/s", rate)
	}
}
