package source

import (
	"context"
	"testing"
	"time"

	"github.com/segmentio/kafka-go"
	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/washboard/washboard/model"
	"github.com/washboard/washboard/source/kafkatest"
)

// fill produces n records into each of the given partitions of topic.
func fill(t *testing.T, b *Broker, topic string, n int, parts ...int) {
	t.Helper()
	var msgs []kafka.Message
	for _, p := range parts {
		for range n {
			msgs = append(msgs, kafka.Message{Topic: topic, Partition: p, Value: []byte("x")})
		}
	}
	tr, err := conn(b).Transport()
	if err != nil {
		t.Fatal(err)
	}
	byPartition := kafka.BalancerFunc(func(m kafka.Message, _ ...int) int { return m.Partition })
	// RequireAll: WriteMessages returns once the records are in the log,
	// so the next poll sees the new watermark (the default is acks=0).
	w := &kafka.Writer{Addr: kafka.TCP(b.Addr()), Transport: tr, Balancer: byPartition, BatchTimeout: time.Millisecond, RequiredAcks: kafka.RequireAll}
	defer w.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := w.WriteMessages(ctx, msgs...); err != nil {
		t.Fatal(err)
	}
}

// independent is a franz-go client: a Kafka client that is not washboard.
func independent(t *testing.T, b *Broker, opts ...kgo.Opt) *kgo.Client {
	t.Helper()
	return kafkatest.Client(t, b.Addr(), opts...)
}

func newPoller(t *testing.T, b *Broker, store *model.Store, watch Watch, lag model.LagConfig) *Poller {
	t.Helper()
	return &Poller{Client: client(t, b), Store: store, Watch: watch, Interval: 100 * time.Millisecond, Lag: lag}
}

// lagOf reads one group's partition from the store.
func lagOf(store *model.Store, group string, tp model.TP) (p model.PartLag, ok bool) {
	store.Read(func(st *model.State) {
		if st.Lag == nil || st.Lag.Groups[group] == nil || st.Lag.Groups[group].Parts[tp] == nil {
			return
		}
		p, ok = *st.Lag.Groups[group].Parts[tp], true
	})
	return p, ok
}

func TestLagMatchesOffsetsCommittedByAnotherClient(t *testing.T) {
	b := startBroker(t, map[string]int32{"orders": 3})
	fill(t, b, "orders", 10, 0, 1, 2)
	kafkatest.Commit(t, independent(t, b), "billing", "orders", map[int32]int64{0: 3, 1: 7, 2: 10})

	store := model.NewStore(nil, model.DefaultLimits())
	p := newPoller(t, b, store, Watch{Topics: []string{"orders"}}, model.LagConfig{})
	p.PollOnce(context.Background())
	for part, want := range map[int]int64{0: 7, 1: 3, 2: 0} {
		got, ok := lagOf(store, "billing", model.TP{Topic: "orders", Partition: part})
		if !ok || got.Lag != want || got.Committed != 10-want || got.High != 10 {
			t.Fatalf("orders/%d: %+v (found %v), want committed %d lag %d", part, got, ok, 10-want, want)
		}
	}
	store.Read(func(st *model.State) {
		if g := st.Lag.Groups["billing"]; g.Lag != 10 || g.Topics["orders"].Lag != 10 {
			t.Fatalf("group total %d, topic total %d, want 10", g.Lag, g.Topics["orders"].Lag)
		}
		if st.Link.PollRequests == 0 || st.Link.PollTook <= 0 {
			t.Fatalf("poll cost not recorded: %+v", st.Link)
		}
	})
	// Polling has no side effects: no group of its own, offsets untouched.
	p.PollOnce(context.Background())
	p.PollOnce(context.Background())
	store.Read(func(st *model.State) {
		if len(st.Groups) != 1 || st.Groups[0].ID != "billing" || st.Groups[0].Members != 0 {
			t.Fatalf("groups after polling: %+v, want only billing, without members", st.Groups)
		}
	})
	if got, _ := lagOf(store, "billing", model.TP{Topic: "orders", Partition: 0}); got.Committed != 3 {
		t.Fatalf("committed offset moved to %d while only washboard polled", got.Committed)
	}
}

func TestHealthFollowsAScriptedLagPattern(t *testing.T) {
	b, ext, store, p := scripted(t)
	tp := model.TP{Topic: "orders", Partition: 0}
	var committed int64
	step := func(produce int, advance int64) model.PartLag {
		if produce > 0 {
			fill(t, b, "orders", produce, 0)
		}
		committed += advance
		kafkatest.Commit(t, ext, "slow", "orders", map[int32]int64{0: committed})
		p.PollOnce(context.Background())
		got, ok := lagOf(store, "slow", tp)
		if !ok {
			t.Fatal("group slow not seen")
		}
		return got
	}
	committed = 1
	step(5, 0)
	for range 3 { // rising: 10 produced per poll, 2 consumed
		step(10, 2)
	}
	if got := step(10, 2); got.Health != model.HealthWarn {
		t.Fatalf("rising lag: %s (%s), want WARN", got.Health, got.Reason())
	}
	for range 2 { // stalled: nothing moves
		step(0, 0)
	}
	if got := step(0, 0); got.Health != model.HealthStall {
		t.Fatalf("stalled consumer: %s (%s), want STALL", got.Health, got.Reason())
	}
	if got := step(0, 45-committed); got.Health != model.HealthOK || got.Lag != 0 {
		t.Fatalf("caught up: %s lag %d (%s), want OK with lag 0", got.Health, got.Lag, got.Reason())
	}
}

func TestGroupsStartedElsewhereAppearWithMembers(t *testing.T) {
	b := startBroker(t, map[string]int32{"orders": 3})
	fill(t, b, "orders", 2, 0, 1, 2)
	c := independent(t, b, kgo.ConsumerGroup("outside"), kgo.ConsumeTopics("orders"), kgo.ClientID("outside-client"))
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go func() { // a consumer polls to stay in its group
		for ctx.Err() == nil {
			c.PollFetches(ctx)
		}
	}()

	store := model.NewStore(nil, model.DefaultLimits())
	p := newPoller(t, b, store, Watch{Topics: []string{"orders"}}, model.LagConfig{})
	var last []model.GroupStat
	defer func() {
		if t.Failed() {
			t.Logf("last groups seen: %+v", last)
		}
	}()
	eventually(t, 30*time.Second, "group outside with its member", func() bool {
		p.PollOnce(context.Background())
		var ok bool
		store.Read(func(st *model.State) {
			last = st.Groups
			for _, g := range st.Groups {
				if g.ID == "outside" && g.State == "Stable" && len(g.Detail) == 1 {
					m := g.Detail[0]
					ok = m.ClientID == "outside-client" && len(m.Assigned) == 3 && m.Host != ""
				}
			}
		})
		return ok
	})
}
