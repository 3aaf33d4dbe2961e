package source

import (
	"bytes"
	"context"
	"encoding/binary"
	"strings"
	"testing"
	"time"

	"github.com/twmb/franz-go/pkg/kadm"
	"github.com/twmb/franz-go/pkg/kgo"
	"github.com/twmb/franz-go/pkg/kversion"

	"github.com/washboard/washboard/model"
	"github.com/washboard/washboard/source/kafkatest"
)

// member runs a franz-go consumer speaking today's protocol (KIP-848 and
// share groups need it) until the test ends: it polls, so it stays in its
// group (and, with autocommit, commits).
func member(t *testing.T, b *Broker, opts ...kgo.Opt) *kgo.Client {
	t.Helper()
	c := independent(t, b, append([]kgo.Opt{kgo.MaxVersions(kversion.Stable())}, opts...)...)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() {
		defer close(done)
		for ctx.Err() == nil {
			c.PollFetches(ctx)
		}
	}()
	t.Cleanup(func() { cancel(); <-done })
	return c
}

// findGroup polls until the group is listed and cond holds for it.
func findGroup(t *testing.T, p *Poller, store *model.Store, id string, cond func(model.GroupStat) bool) model.GroupStat {
	t.Helper()
	var got model.GroupStat
	var last []model.GroupStat
	defer func() {
		if t.Failed() {
			t.Logf("last groups seen: %+v", last)
		}
	}()
	eventually(t, 30*time.Second, "group "+id, func() bool {
		p.PollOnce(context.Background())
		ok := false
		store.Read(func(st *model.State) {
			last = st.Groups
			for _, g := range st.Groups {
				if g.ID == id && cond(g) {
					got, ok = g, true
				}
			}
		})
		return ok
	})
	return got
}

func TestEveryKindOfGroupIsListedAndDescribed(t *testing.T) {
	b := startBroker(t, map[string]int32{"orders": 4})
	fill(t, b, "orders", 5, 0, 1, 2, 3)
	member(t, b, kgo.ConsumerGroup("next-gen"), kgo.ConsumeTopics("orders"), kgo.ClientID("kip848-client"),
		kgo.Balancers(kgo.RangeBalancer()), kgo.ServerSideBalancer())
	member(t, b, kgo.ConsumerGroup("old-school"), kgo.ConsumeTopics("orders"), kgo.ClientID("classic-client"))
	member(t, b, kgo.ShareGroup("queue"), kgo.ConsumeTopics("orders"), kgo.ClientID("share-client"))

	store := model.NewStore(nil, model.DefaultLimits())
	p := newPoller(t, b, store, Watch{Topics: []string{"orders"}}, model.LagConfig{})
	tests := []struct {
		group, typ, client string
		epochs             bool
	}{
		{"next-gen", "consumer", "kip848-client", true},
		{"old-school", "classic", "classic-client", false},
		{"queue", "share", "share-client", true},
	}
	for _, tc := range tests {
		t.Run(tc.group, func(t *testing.T) {
			g := findGroup(t, p, store, tc.group, func(g model.GroupStat) bool {
				return len(g.Detail) == 1 && len(g.Detail[0].Assigned) == 4
			})
			m := g.Detail[0]
			if g.Type != tc.typ || m.ClientID != tc.client || m.Host == "" || g.Err != "" {
				t.Fatalf("%s: type %q member %+v err %q; want type %q, client %q with a host", tc.group, g.Type, m, g.Err, tc.typ, tc.client)
			}
			if tc.epochs && (g.Epoch <= 0 || m.MemberEpoch <= 0 || g.Assignor == "") {
				t.Fatalf("%s: group epoch %d, member epoch %d, assignor %q; want epochs and an assignor", tc.group, g.Epoch, m.MemberEpoch, g.Assignor)
			}
			for _, tp := range append(m.Assigned, m.Target...) {
				if tp.Topic != "orders" { // ConsumerGroupDescribe may give topic ids only
					t.Fatalf("%s: assigned %v, target %v: want every partition named by its topic", tc.group, m.Assigned, m.Target)
				}
			}
			if tc.typ == "consumer" && len(m.Target) != 4 {
				t.Fatalf("%s: target assignment %v, want the 4 partitions", tc.group, m.Target)
			}
		})
	}
}

func TestKIP848GroupHasTheSameLagAsAClassicOne(t *testing.T) {
	b := startBroker(t, map[string]int32{"orders": 2})
	fill(t, b, "orders", 10, 0, 1)
	c := member(t, b, kgo.ConsumerGroup("next-gen"), kgo.ConsumeTopics("orders"), kgo.ServerSideBalancer(),
		kgo.Balancers(kgo.RangeBalancer()), kgo.ConsumeResetOffset(kgo.NewOffset().AtStart()))
	_ = c
	store := model.NewStore(nil, model.DefaultLimits())
	p := newPoller(t, b, store, Watch{Topics: []string{"orders"}}, model.LagConfig{})
	findGroup(t, p, store, "next-gen", func(g model.GroupStat) bool { return g.Type == "consumer" && g.Members == 1 })
	eventually(t, 30*time.Second, "next-gen committed to the end", func() bool {
		p.PollOnce(context.Background())
		a, ok1 := lagOf(store, "next-gen", model.TP{Topic: "orders", Partition: 0})
		z, ok2 := lagOf(store, "next-gen", model.TP{Topic: "orders", Partition: 1})
		return ok1 && ok2 && a.Committed == 10 && z.Committed == 10 && a.Lag == 0
	})
}

// The edge cases of lag against the broker: a committed offset below the
// log start (records deleted under the group), one beyond the high
// watermark, and a group whose member committed nothing.
func TestLagAtTheLogsEdgesAgainstTheBroker(t *testing.T) {
	b := startBroker(t, map[string]int32{"orders": 2})
	fill(t, b, "orders", 20, 0, 1)
	ext := independent(t, b)
	kafkatest.Commit(t, ext, "slow", "orders", map[int32]int64{0: 5, 1: 25})
	// Delete records under the slow group: the log starts at 12 on partition 0.
	del := kadm.Offsets{}
	del.Add(kadm.Offset{Topic: "orders", Partition: 0, At: 12})
	if _, err := adm(t, b).DeleteRecords(context.Background(), del); err != nil {
		t.Fatal(err)
	}
	member(t, b, kgo.ConsumerGroup("fresh"), kgo.ConsumeTopics("orders"), kgo.DisableAutoCommit())

	store := model.NewStore(nil, model.DefaultLimits())
	p := newPoller(t, b, store, Watch{Topics: []string{"orders"}}, model.LagConfig{})
	findGroup(t, p, store, "fresh", func(g model.GroupStat) bool { return g.Members == 1 })
	p.PollOnce(context.Background())

	below, _ := lagOf(store, "slow", model.TP{Topic: "orders", Partition: 0})
	if below.Lag != 8 || below.Edge != model.EdgeBelowStart || !strings.Contains(below.Reason(), "below the log start 12") {
		t.Fatalf("below the log start: lag %d edge %d (%s), want lag 8 counted from the log start", below.Lag, below.Edge, below.Reason())
	}
	ahead, _ := lagOf(store, "slow", model.TP{Topic: "orders", Partition: 1})
	if ahead.Lag != 0 || ahead.LagText() != "ahead 5" || ahead.Health != model.HealthErr {
		t.Fatalf("beyond the high watermark: %q %s (%s), want ahead 5 and not OK", ahead.LagText(), ahead.Health, ahead.Reason())
	}
	store.Read(func(st *model.State) {
		if g := st.Lag.Groups["fresh"]; g == nil || !g.NoCommits {
			t.Fatalf("group with a member and no commits: %+v, want NoCommits", g)
		}
	})
}

// A consumer that committed right after the last record of a committed
// transaction sits on the commit marker: caught up, not lag 1.
func TestCommittedOnATransactionMarkerIsCaughtUp(t *testing.T) {
	b := startBroker(t, map[string]int32{"ledger": 1})
	tx := independent(t, b, kgo.MaxVersions(kversion.Stable()), kgo.TransactionalID("e2e-tx"), kgo.DefaultProduceTopic("ledger"))
	ctx := context.Background()
	if err := tx.BeginTransaction(); err != nil {
		t.Fatal(err)
	}
	for range 5 {
		if err := tx.ProduceSync(ctx, kgo.StringRecord("x")).FirstErr(); err != nil {
			t.Fatal(err)
		}
	}
	if err := tx.EndTransaction(ctx, kgo.TryCommit); err != nil {
		t.Fatal(err)
	}
	ext := independent(t, b)
	kafkatest.Commit(t, ext, "reader", "ledger", map[int32]int64{0: 5}) // after record 4: on the marker
	kafkatest.Commit(t, ext, "behind", "ledger", map[int32]int64{0: 4}) // record 4 still to read

	store := model.NewStore(nil, model.DefaultLimits())
	p := newPoller(t, b, store, Watch{Topics: []string{"ledger"}}, model.LagConfig{})
	// A position is probed once it held still for a poll: a live consumer
	// a few records behind is never fetched from.
	p.PollOnce(ctx)
	tp := model.TP{Topic: "ledger", Partition: 0}
	if first, _ := lagOf(store, "reader", tp); first.Lag != 1 {
		t.Fatalf("first poll: lag %d, want Kafka's count (1) until the position held", first.Lag)
	}
	p.PollOnce(ctx)
	on, _ := lagOf(store, "reader", tp)
	if on.High != 6 || on.Lag != 0 || on.Edge != model.EdgeMarker || !strings.Contains(on.Reason(), "transaction marker") {
		t.Fatalf("on the marker: high %d lag %d (%s), want high 6, lag 0, caught up at a marker", on.High, on.Lag, on.Reason())
	}
	behind, _ := lagOf(store, "behind", tp)
	if behind.Lag != 2 || behind.Edge != model.EdgeNone {
		t.Fatalf("one record behind: lag %d edge %d, want 2 as Kafka counts it", behind.Lag, behind.Edge)
	}
}

func TestControlOnly(t *testing.T) {
	// batch builds a record batch header: base offset, length, leader
	// epoch, magic, crc, attributes, last offset delta (no records: the
	// walk reads only headers).
	batch := func(base int64, last int32, control bool) []byte {
		b := make([]byte, 61)
		binary.BigEndian.PutUint64(b, uint64(base))
		binary.BigEndian.PutUint32(b[8:], uint32(len(b)-12))
		b[16] = 2
		if control {
			binary.BigEndian.PutUint16(b[21:], 0x20)
		}
		binary.BigEndian.PutUint32(b[23:], uint32(last))
		return b
	}
	join := func(bs ...[]byte) []byte { return bytes.Join(bs, nil) }
	tests := []struct {
		name     string
		b        []byte
		from, to int64
		want     bool
	}{
		{"one marker", batch(5, 0, true), 5, 6, true},
		{"two markers", join(batch(5, 0, true), batch(6, 0, true)), 5, 7, true},
		{"a record first", join(batch(4, 0, false), batch(5, 0, true)), 4, 6, false},
		{"the data batch ends before from", join(batch(0, 4, false), batch(5, 0, true)), 5, 6, true},
		{"cut short of to", batch(5, 0, true), 5, 7, false},
		{"nothing", nil, 5, 6, false},
	}
	for _, tc := range tests {
		if got := controlOnly(tc.b, tc.from, tc.to); got != tc.want {
			t.Errorf("%s: %v, want %v", tc.name, got, tc.want)
		}
	}
}
