package source

import (
	"context"
	"fmt"
	"os"
	"testing"
	"time"

	"github.com/twmb/franz-go/pkg/kgo"
	"github.com/twmb/franz-go/pkg/kmsg"
	"github.com/twmb/franz-go/pkg/kversion"

	"github.com/washboard/washboard/model"
)

// clusterOf starts a broker with topics x partitions and groups groups,
// each committing offsets on every partition of perGroup topics.
func clusterOf(b *testing.B, topics, partitions, groups, perGroup int) *Broker {
	b.Helper()
	spec := map[string]int32{}
	for i := range topics {
		spec[fmt.Sprintf("topic-%04d", i)] = int32(partitions)
	}
	cfg := DefaultBrokerConfig()
	cfg.Listen, cfg.Topics = "127.0.0.1:0", spec
	br, err := StartBroker(cfg)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(br.Close)
	c, err := kgo.NewClient(kgo.SeedBrokers(br.Addr()), kgo.MaxVersions(kversion.V3_6_0()))
	if err != nil {
		b.Fatal(err)
	}
	defer c.Close()
	ctx := context.Background()
	for g := range groups {
		req := kmsg.NewPtrOffsetCommitRequest()
		req.Group, req.Generation = fmt.Sprintf("group-%05d", g), -1
		for k := range perGroup {
			rt := kmsg.NewOffsetCommitRequestTopic()
			rt.Topic = fmt.Sprintf("topic-%04d", (g+k)%topics)
			for p := range partitions {
				rp := kmsg.NewOffsetCommitRequestTopicPartition()
				rp.Partition, rp.Offset = int32(p), 0
				rt.Partitions = append(rt.Partitions, rp)
			}
			req.Topics = append(req.Topics, rt)
		}
		if _, err := req.RequestWith(ctx, c); err != nil {
			b.Fatal(err)
		}
	}
	return br
}

// benchPoll measures one full poll (metadata, groups, members, committed
// offsets, watermarks, model update) and reports its wire requests.
func benchPoll(b *testing.B, br *Broker, groups int) {
	store := model.NewStore(nil, model.DefaultLimits())
	c, err := conn(br).Client()
	if err != nil {
		b.Fatal(err)
	}
	p := &Poller{Client: c, Store: store, Watch: Watch{All: true}}
	ctx := context.Background()
	p.PollOnce(ctx) // connections and metadata warm, as in a running console
	b.ResetTimer()
	var took time.Duration
	var reqs, seen int
	for b.Loop() {
		p.PollOnce(ctx)
	}
	store.Read(func(st *model.State) {
		took, reqs, seen = st.Link.PollTook, st.Link.PollRequests, len(st.Groups)
		if st.Link.Err != "" {
			b.Fatalf("poll failed: %s", st.Link.Err)
		}
	})
	if seen != groups {
		b.Fatalf("poll saw %d groups, want %d", seen, groups)
	}
	b.ReportMetric(float64(reqs), "requests/poll")
	b.ReportMetric(float64(took.Milliseconds()), "last-poll-ms")
}

// BenchmarkPoll50Topics12Partitions20Groups is a mid-size cluster.
func BenchmarkPoll50Topics12Partitions20Groups(b *testing.B) {
	br := clusterOf(b, 50, 12, 20, 5)
	benchPoll(b, br, 20)
}

// BenchmarkPollScale10kPartitions2kGroups is the scale run (10,000
// partitions, 2,000 groups): opt in with WASHBOARD_SCALE=1, it is not
// part of make test.
func BenchmarkPollScale10kPartitions2kGroups(b *testing.B) {
	if os.Getenv("WASHBOARD_SCALE") == "" {
		b.Skip("set WASHBOARD_SCALE=1 for the 10,000-partition, 2,000-group scale run")
	}
	br := clusterOf(b, 500, 20, 2000, 1)
	benchPoll(b, br, 2000)
}
