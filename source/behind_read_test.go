package source

import (
	"context"
	"errors"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/twmb/franz-go/pkg/kfake"
	"github.com/twmb/franz-go/pkg/kgo"
	"github.com/twmb/franz-go/pkg/kmsg"

	"github.com/washboard/washboard/model"
	"github.com/washboard/washboard/source/kafkatest"
)

// produceAged writes n records to each partition with explicit timestamps,
// the i-th at written+i*step, with an independent client (one batch per
// partition), compressed or not.
func produceAged(t *testing.T, b *Broker, topic string, parts []int32, n int, written time.Time, step time.Duration, opts ...kgo.Opt) {
	t.Helper()
	cl := independent(t, b, append([]kgo.Opt{kgo.RecordPartitioner(kgo.ManualPartitioner()), kgo.ProducerLinger(50 * time.Millisecond)}, opts...)...)
	var recs []*kgo.Record
	for _, p := range parts {
		for i := range n {
			recs = append(recs, &kgo.Record{Topic: topic, Partition: p, Value: []byte("x"), Timestamp: written.Add(time.Duration(i) * step)})
		}
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := cl.ProduceSync(ctx, recs...).FirstErr(); err != nil {
		t.Fatal(err)
	}
}

// fetchCount counts the Fetch requests the broker receives, and the
// partitions in them; fail, when set, answers them with an error.
type fetchCount struct {
	mu          sync.Mutex
	reqs, parts int
	fail        func(*kmsg.FetchRequest) (kmsg.Response, error, bool)
}

func countFetches(c *kfake.Cluster) *fetchCount {
	f := &fetchCount{}
	c.ControlKey(int16(kmsg.Fetch), func(req kmsg.Request) (kmsg.Response, error, bool) {
		c.KeepControl()
		fr := req.(*kmsg.FetchRequest)
		f.mu.Lock()
		defer f.mu.Unlock()
		f.reqs++
		for _, t := range fr.Topics {
			f.parts += len(t.Partitions)
		}
		if f.fail != nil {
			return f.fail(fr)
		}
		return nil, nil, false
	})
	return f
}

func (f *fetchCount) take() (reqs, parts int) {
	f.mu.Lock()
	defer f.mu.Unlock()
	reqs, parts, f.reqs, f.parts = f.reqs, f.parts, 0, 0
	return reqs, parts
}

// A console started after a group stopped reads the group's behind as the
// age of the record at its committed offset, read from the cluster (ut31
// X12: `>4m` where a console watching longer said `7m`): one Fetch, a
// poll after the floor showed, and none again while the group stays there.
// The record sits inside a batch that starts earlier, and one partition's
// batch is compressed.
func TestBehindReadsTheRecordOlderThanTheConsole(t *testing.T) {
	b := startBroker(t, map[string]int32{"nightly": 2})
	written := time.Now().Add(-10 * time.Minute).Truncate(time.Millisecond)
	produceAged(t, b, "nightly", []int32{0}, 10, written, 10*time.Second, kgo.ProducerBatchCompression(kgo.NoCompression()))
	produceAged(t, b, "nightly", []int32{1}, 10, written, 10*time.Second, kgo.ProducerBatchCompression(kgo.SnappyCompression()))
	kafkatest.Commit(t, independent(t, b), "nightly-store", "nightly", map[int32]int64{0: 4, 1: 3})

	fetches := countFetches(b.Cluster())
	store := model.NewStore(nil, model.DefaultLimits())
	p := newPoller(t, b, store, Watch{}, model.LagConfig{})
	ctx := context.Background()
	p.PollOnce(ctx)
	for _, part := range []int{0, 1} {
		if pl, _ := lagOf(store, "nightly-store", model.TP{Topic: "nightly", Partition: part}); !pl.BehindAtLeast {
			t.Fatalf("p%d: behind %v at the first poll, want a floor (nothing read yet)", part, pl.Behind)
		}
	}
	if n, _ := fetches.take(); n != 0 {
		t.Fatalf("%d Fetch requests at the first poll, want none", n)
	}
	before := time.Now()
	p.PollOnce(ctx)
	after := time.Now()
	for part, off := range map[int]int64{0: 4, 1: 3} {
		pl, _ := lagOf(store, "nightly-store", model.TP{Topic: "nightly", Partition: part})
		rec := written.Add(time.Duration(off) * 10 * time.Second)
		if pl.BehindAtLeast || pl.Behind < before.Sub(rec)-time.Second || pl.Behind > after.Sub(rec)+time.Second {
			t.Errorf("p%d: behind %v (at least %v), want the age of the record at %d, %v", part, pl.Behind, pl.BehindAtLeast, off, before.Sub(rec).Round(time.Second))
		}
	}
	if reqs, parts := fetches.take(); reqs != 1 || parts != 2 {
		t.Fatalf("%d Fetch requests for %d partitions, want one for both (one leader)", reqs, parts)
	}
	for range 3 {
		p.PollOnce(ctx)
	}
	if n, _ := fetches.take(); n != 0 {
		t.Fatalf("%d Fetch requests for a group that stayed, want none (read once)", n)
	}
	if pl, _ := lagOf(store, "nightly-store", model.TP{Topic: "nightly", Partition: 0}); pl.BehindAtLeast || pl.Behind < 9*time.Minute {
		t.Fatalf("behind %v (at least %v) later, want the record's age kept", pl.Behind, pl.BehindAtLeast)
	}
}

// 2,000 stuck groups must not flood their brokers: a poll reads at most
// behindReadsPerPoll partitions, the rest at the next polls, each once.
func TestBehindReadsAreBudgetedPerPoll(t *testing.T) {
	const parts = 100
	b := startBroker(t, map[string]int32{"backlog": parts})
	all := make([]int32, parts)
	offsets := map[int32]int64{}
	for i := range all {
		all[i], offsets[int32(i)] = int32(i), 1
	}
	// 8 records each: a lag past markerProbeSpan, which the transaction
	// marker probe (markers.go) leaves alone.
	produceAged(t, b, "backlog", all, 8, time.Now().Add(-time.Hour), time.Second)
	kafkatest.Commit(t, independent(t, b), "stuck", "backlog", offsets)

	fetches := countFetches(b.Cluster())
	store := model.NewStore(nil, model.DefaultLimits())
	p := newPoller(t, b, store, Watch{}, model.LagConfig{})
	ctx := context.Background()
	var read []int
	for range 4 {
		p.PollOnce(ctx)
		_, n := fetches.take()
		read = append(read, n)
	}
	if want := []int{0, behindReadsPerPoll, parts - behindReadsPerPoll, 0}; !slices.Equal(read, want) {
		t.Fatalf("partitions read per poll %v, want %v", read, want)
	}
	for i := range parts {
		if pl, _ := lagOf(store, "stuck", model.TP{Topic: "backlog", Partition: i}); pl.BehindAtLeast || pl.Behind < 59*time.Minute {
			t.Fatalf("p%d: behind %v (at least %v), want about 1h", i, pl.Behind, pl.BehindAtLeast)
		}
	}
}

// A partition whose first batch is larger than a read's per-partition
// limit is answered cut short (Kafka) or empty (kfake): it is asked again
// first in its leader's next request, where the first batch comes whole,
// so each poll reads one more of them and none is left a floor.
func TestBehindReadOfALargeBatchIsAskedAgainFirst(t *testing.T) {
	b := startBroker(t, map[string]int32{"bulk": 3})
	written := time.Now().Add(-time.Hour).Truncate(time.Millisecond)
	cl := independent(t, b, kgo.RecordPartitioner(kgo.ManualPartitioner()), kgo.ProducerLinger(50*time.Millisecond), kgo.ProducerBatchMaxBytes(1<<20), kgo.ProducerBatchCompression(kgo.NoCompression()))
	var recs []*kgo.Record
	for p := range int32(3) {
		for i := range 20 { // 20 records of 2 KiB: one 40 KiB batch each
			recs = append(recs, &kgo.Record{Topic: "bulk", Partition: p, Value: make([]byte, 2<<10), Timestamp: written.Add(time.Duration(i) * time.Second)})
		}
	}
	ctx := context.Background()
	if err := cl.ProduceSync(ctx, recs...).FirstErr(); err != nil {
		t.Fatal(err)
	}
	kafkatest.Commit(t, cl, "bulk-loader", "bulk", map[int32]int64{0: 2, 1: 2, 2: 2})
	fetches := countFetches(b.Cluster())
	store := model.NewStore(nil, model.DefaultLimits())
	p := newPoller(t, b, store, Watch{}, model.LagConfig{})
	exact := func() (n int) {
		for i := range 3 {
			if pl, _ := lagOf(store, "bulk-loader", model.TP{Topic: "bulk", Partition: i}); !pl.BehindAtLeast {
				n++
				if rec := written.Add(2 * time.Second); pl.Behind < time.Since(rec)-5*time.Second || pl.Behind > time.Since(rec) {
					t.Errorf("p%d: behind %v, want the age of the record at 2 (%v)", i, pl.Behind, time.Since(rec).Round(time.Second))
				}
			}
		}
		return n
	}
	var got []int
	for range 5 {
		p.PollOnce(ctx)
		got = append(got, exact())
	}
	if want := []int{0, 1, 2, 3, 3}; !slices.Equal(got, want) {
		t.Fatalf("partitions read exactly after each poll %v, want %v", got, want)
	}
	if reqs, _ := fetches.take(); reqs != 3 {
		t.Fatalf("%d Fetch requests, want 3 (one a poll until each batch came whole)", reqs)
	}
}

// A read that fails (the leader refuses, or the connection drops) keeps
// the floor and says nothing wrong: no error on the link, no ERR health;
// it is not asked again at once.
func TestBehindReadThatFailsKeepsTheFloor(t *testing.T) {
	cases := []struct {
		name string
		fail func(*kmsg.FetchRequest) (kmsg.Response, error, bool)
	}{
		{"not the leader", func(req *kmsg.FetchRequest) (kmsg.Response, error, bool) {
			resp := req.ResponseKind().(*kmsg.FetchResponse)
			for _, rt := range req.Topics {
				t := kmsg.NewFetchResponseTopic()
				t.Topic = rt.Topic
				for _, rp := range rt.Partitions {
					p := kmsg.NewFetchResponseTopicPartition()
					p.Partition, p.ErrorCode = rp.Partition, 6 // NOT_LEADER_OR_FOLLOWER
					t.Partitions = append(t.Partitions, p)
				}
				resp.Topics = append(resp.Topics, t)
			}
			return resp, nil, true
		}},
		{"connection dropped", func(*kmsg.FetchRequest) (kmsg.Response, error, bool) {
			return nil, errors.New("leader gone"), true
		}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			b := startBroker(t, map[string]int32{"nightly": 1})
			produceAged(t, b, "nightly", []int32{0}, 10, time.Now().Add(-10*time.Minute), 10*time.Second)
			kafkatest.Commit(t, independent(t, b), "nightly-store", "nightly", map[int32]int64{0: 4})
			fetches := countFetches(b.Cluster())
			fetches.fail = c.fail
			store := model.NewStore(nil, model.DefaultLimits())
			p := newPoller(t, b, store, Watch{}, model.LagConfig{})
			ctx := context.Background()
			for range 3 {
				p.PollOnce(ctx)
			}
			if reqs, _ := fetches.take(); reqs != 1 {
				t.Fatalf("%d Fetch requests over 3 polls, want one (a failed read waits %v)", reqs, behindRetryAfter)
			}
			pl, _ := lagOf(store, "nightly-store", model.TP{Topic: "nightly", Partition: 0})
			if !pl.BehindAtLeast || pl.Behind <= 0 || pl.Health == model.HealthErr {
				t.Fatalf("behind %v (at least %v), health %s: want the floor kept and nothing called wrong", pl.Behind, pl.BehindAtLeast, pl.Health)
			}
			if st := stateOf(store); st.Link.Err != "" {
				t.Fatalf("link error %q after a failed read", st.Link.Err)
			}
		})
	}
}

// An idle cluster, and groups whose records the history covers, cost no
// read: only a floor is read for.
func TestBehindReadsNothingWithinTheHistory(t *testing.T) {
	b := startBroker(t, map[string]int32{"orders": 3})
	produceAged(t, b, "orders", []int32{0, 1, 2}, 5, time.Now().Add(-time.Hour), time.Second)
	cl := independent(t, b)
	kafkatest.Commit(t, cl, "caught-up", "orders", map[int32]int64{0: 5, 1: 5, 2: 5})
	fetches := countFetches(b.Cluster())
	store := model.NewStore(nil, model.DefaultLimits())
	p := newPoller(t, b, store, Watch{}, model.LagConfig{})
	ctx := context.Background()
	p.PollOnce(ctx)
	// Records written after the first poll: the history dates them.
	produceAged(t, b, "orders", []int32{0}, 20, time.Now(), 0)
	for range 3 {
		p.PollOnce(ctx)
	}
	if reqs, _ := fetches.take(); reqs != 0 {
		t.Fatalf("%d Fetch requests, want none: no group is behind beyond the history", reqs)
	}
	if pl, _ := lagOf(store, "caught-up", model.TP{Topic: "orders", Partition: 0}); pl.Lag != 20 || pl.BehindAtLeast || pl.Behind <= 0 {
		t.Fatalf("lag %d behind %v (at least %v), want 20 dated by the history", pl.Lag, pl.Behind, pl.BehindAtLeast)
	}
}
