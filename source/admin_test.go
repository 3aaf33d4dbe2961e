package source

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/segmentio/kafka-go"
	"github.com/twmb/franz-go/pkg/kadm"
	"github.com/twmb/franz-go/pkg/kerr"
	"github.com/twmb/franz-go/pkg/kfake"
	"github.com/twmb/franz-go/pkg/kgo"
	"github.com/twmb/franz-go/pkg/kversion"
	"github.com/twmb/franz-go/pkg/sasl/scram"

	"github.com/washboard/washboard/model"
	"github.com/washboard/washboard/source/kafkatest"
)

// adm is a new franz-go admin client on the broker: the independent
// reader every admin test checks washboard's writes with (new each time:
// a kgo client answers metadata from its cache for a while).
func adm(t *testing.T, b *Broker) *kadm.Client {
	t.Helper()
	return kadm.NewClient(independent(t, b))
}

// offsetsOf reads a group's committed offsets with kadm (none when the
// group does not exist yet).
func offsetsOf(t *testing.T, a *kadm.Client, group string) map[model.TP]int64 {
	t.Helper()
	res, err := a.FetchOffsets(context.Background(), group)
	if errors.Is(err, kerr.GroupIDNotFound) {
		return nil
	}
	if err != nil {
		t.Fatal(err)
	}
	out := map[model.TP]int64{}
	res.Each(func(o kadm.OffsetResponse) {
		if o.Err == nil {
			out[model.TP{Topic: o.Topic, Partition: int(o.Partition)}] = o.At
		}
	})
	return out
}

// fillAt writes n records per partition with CreateTime base+i minutes.
func fillAt(t *testing.T, b *Broker, topic string, n int, base time.Time, parts ...int) {
	t.Helper()
	var msgs []kafka.Message
	for _, p := range parts {
		for i := range n {
			msgs = append(msgs, kafka.Message{Topic: topic, Partition: p, Value: []byte("x"), Time: base.Add(time.Duration(i) * time.Minute)})
		}
	}
	tr, err := conn(b).Transport()
	if err != nil {
		t.Fatal(err)
	}
	byPartition := kafka.BalancerFunc(func(m kafka.Message, _ ...int) int { return m.Partition })
	w := &kafka.Writer{Addr: kafka.TCP(b.Addr()), Transport: tr, Balancer: byPartition, BatchTimeout: time.Millisecond, RequiredAcks: kafka.RequireAll}
	defer w.Close()
	if err := w.WriteMessages(context.Background(), msgs...); err != nil {
		t.Fatal(err)
	}
}

func TestResetOffsetsIsReadBackByAnotherClient(t *testing.T) {
	base := time.Now().Add(-time.Hour).Truncate(time.Minute)
	b := startBroker(t, map[string]int32{"orders": 2, "audit": 1})
	fillAt(t, b, "orders", 10, base, 0, 1)
	fillAt(t, b, "audit", 4, base, 0)
	ext := independent(t, b)
	a := NewAdmin(client(t, b))
	ctx := context.Background()
	tests := []struct {
		name   string
		target string
		scope  model.ResetScope
		start  map[model.TP]int64
		want   map[model.TP]int64
	}{
		{"earliest on every topic", "earliest", model.ResetScope{}, nil,
			map[model.TP]int64{{Topic: "orders", Partition: 0}: 0, {Topic: "orders", Partition: 1}: 0, {Topic: "audit", Partition: 0}: 0}},
		{"latest on one topic", "latest", model.ResetScope{Topic: "orders", Partition: -1}, nil,
			map[model.TP]int64{{Topic: "orders", Partition: 0}: 10, {Topic: "orders", Partition: 1}: 10, {Topic: "audit", Partition: 0}: 2}},
		{"a time", base.Add(5 * time.Minute).UTC().Format(time.RFC3339), model.ResetScope{Topic: "orders", Partition: -1}, nil,
			map[model.TP]int64{{Topic: "orders", Partition: 0}: 5, {Topic: "orders", Partition: 1}: 5, {Topic: "audit", Partition: 0}: 2}},
		{"a duration ago after every record is the end", "-1m", model.ResetScope{}, nil,
			map[model.TP]int64{{Topic: "orders", Partition: 0}: 10, {Topic: "orders", Partition: 1}: 10, {Topic: "audit", Partition: 0}: 4}},
		{"an exact offset on one partition", "7", model.ResetScope{Topic: "orders", Partition: 1}, nil,
			map[model.TP]int64{{Topic: "orders", Partition: 0}: 3, {Topic: "orders", Partition: 1}: 7, {Topic: "audit", Partition: 0}: 2}},
		{"shift back, clamped at the log start", "-5", model.ResetScope{}, nil,
			map[model.TP]int64{{Topic: "orders", Partition: 0}: 0, {Topic: "orders", Partition: 1}: 0, {Topic: "audit", Partition: 0}: 0}},
		{"shift forward", "+2", model.ResetScope{Topic: "orders", Partition: 0}, nil,
			map[model.TP]int64{{Topic: "orders", Partition: 0}: 5, {Topic: "orders", Partition: 1}: 3, {Topic: "audit", Partition: 0}: 2}},
	}
	for i, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			group := "g" + string(rune('a'+i))
			kafkatest.Commit(t, ext, group, "orders", map[int32]int64{0: 3, 1: 3})
			kafkatest.Commit(t, ext, group, "audit", map[int32]int64{0: 2})
			target, err := model.ParseResetTarget(tc.target, time.Now())
			if err != nil {
				t.Fatal(err)
			}
			plan, err := a.PlanReset(ctx, group, "classic", tc.scope, target)
			if err != nil {
				t.Fatal(err)
			}
			for _, r := range plan.Rows {
				if r.New != tc.want[r.TP] || r.LagAfter() != r.High-r.New || r.Current < 0 {
					t.Fatalf("preview row %+v, want new %d", r, tc.want[r.TP])
				}
			}
			if err := a.ApplyReset(ctx, plan, "classic"); err != nil {
				t.Fatal(err)
			}
			got := offsetsOf(t, adm(t, b), group)
			for tp, want := range tc.want {
				if got[tp] != want {
					t.Fatalf("kadm reads %s/%d at %d, want %d (all: %v)", tp.Topic, tp.Partition, got[tp], want, got)
				}
			}
		})
	}
}

func TestResetAndDeleteAreRefusedWhileTheGroupHasMembers(t *testing.T) {
	b := startBroker(t, map[string]int32{"orders": 1})
	fill(t, b, "orders", 5, 0)
	for _, tc := range []struct{ typ string }{{"classic"}, {"consumer"}} {
		t.Run(tc.typ, func(t *testing.T) {
			group := "busy-" + tc.typ
			opts := []kgo.Opt{kgo.ConsumerGroup(group), kgo.ConsumeTopics("orders"), kgo.ConsumeResetOffset(kgo.NewOffset().AtStart())}
			if tc.typ == "consumer" {
				opts = append(opts, kgo.ServerSideBalancer(), kgo.Balancers(kgo.RangeBalancer()))
			}
			member(t, b, opts...)
			a := NewAdmin(client(t, b))
			ctx := context.Background()
			eventually(t, 30*time.Second, group+" committed", func() bool {
				return offsetsOf(t, adm(t, b), group)[model.TP{Topic: "orders", Partition: 0}] == 5
			})
			_, err := a.PlanReset(ctx, group, tc.typ, model.ResetScope{}, model.ResetTarget{Kind: model.ResetEarliest})
			// in words that read as a sentence (ut27: "only lets you reset its
			// offsets while a group has no members")
			if !errors.Is(err, ErrActiveMembers) || !strings.Contains(err.Error(), "1 member") ||
				!strings.Contains(err.Error(), "Kafka resets a group's offsets only while it has no members: stop its consumers first") {
				t.Fatalf("reset of a group with a member: %v, want a refusal naming the member", err)
			}
			plan := model.ResetPlan{Group: group, Rows: []model.ResetRow{{TP: model.TP{Topic: "orders"}, New: 0}}}
			if err := a.ApplyReset(ctx, plan, tc.typ); !errors.Is(err, ErrActiveMembers) {
				t.Fatalf("apply on a group with a member: %v, want refused", err)
			}
			if err := a.DeleteGroup(ctx, group, tc.typ); !errors.Is(err, ErrActiveMembers) {
				t.Fatalf("delete of a group with a member: %v, want refused", err)
			}
			if got := offsetsOf(t, adm(t, b), group)[model.TP{Topic: "orders", Partition: 0}]; got != 5 {
				t.Fatalf("offset is %d after refusals, want 5 untouched", got)
			}
		})
	}
}

func TestDeleteGroupAndItsOffsets(t *testing.T) {
	b := startBroker(t, map[string]int32{"orders": 2, "audit": 1})
	fill(t, b, "orders", 3, 0, 1)
	fill(t, b, "audit", 3, 0)
	ext := independent(t, b)
	kafkatest.Commit(t, ext, "done", "orders", map[int32]int64{0: 3, 1: 3})
	kafkatest.Commit(t, ext, "done", "audit", map[int32]int64{0: 1})
	a := NewAdmin(client(t, b))
	ctx := context.Background()
	n, err := a.DeleteOffsets(ctx, "done", "orders")
	if err != nil || n != 2 {
		t.Fatalf("delete offsets: %d partitions, %v; want 2", n, err)
	}
	got := offsetsOf(t, adm(t, b), "done")
	if _, ok := got[model.TP{Topic: "orders", Partition: 0}]; ok || got[model.TP{Topic: "audit", Partition: 0}] != 1 {
		t.Fatalf("after deleting orders offsets kadm reads %v, want only audit/0 at 1", got)
	}
	if _, err := a.DeleteOffsets(ctx, "done", "orders"); err == nil || !strings.Contains(err.Error(), "no committed offsets on orders") {
		t.Fatalf("deleting again: %v, want it said there are none", err)
	}
	if err := a.DeleteGroup(ctx, "done", "classic"); err != nil {
		t.Fatal(err)
	}
	groups, err := adm(t, b).ListGroups(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := groups["done"]; ok {
		t.Fatalf("kadm still lists the deleted group: %v", groups.Groups())
	}
}

func TestTopicActionsAreReadBackByAnotherClient(t *testing.T) {
	b := startBroker(t, nil)
	a := NewAdmin(client(t, b))
	ctx := context.Background()
	if err := a.CreateTopic(ctx, model.TopicSpec{Name: "fresh", Partitions: 3, Replicas: 1, Configs: map[string]string{"retention.ms": "60000"}}); err != nil {
		t.Fatal(err)
	}
	td, err := adm(t, b).ListTopics(ctx, "fresh")
	if err != nil || len(td["fresh"].Partitions) != 3 {
		t.Fatalf("kadm sees %+v (%v), want fresh with 3 partitions", td, err)
	}
	if err := a.CreateTopic(ctx, model.TopicSpec{Name: "fresh", Partitions: 1, Replicas: 1}); err == nil || !strings.Contains(err.Error(), "already exists") {
		t.Fatalf("creating it again: %v, want 'already exists' in words", err)
	}
	if err := a.CreateTopic(ctx, model.TopicSpec{Name: "wide", Partitions: 1, Replicas: 5}); err == nil || !strings.Contains(strings.ToLower(err.Error()), "replication") {
		t.Fatalf("replication factor 5 on one broker: %v, want the broker's refusal in words", err)
	}
	if err := a.AddPartitions(ctx, "fresh", 5); err != nil {
		t.Fatal(err)
	}
	if err := a.AddPartitions(ctx, "fresh", 2); err == nil {
		t.Fatal("shrinking to 2 partitions was not refused")
	}
	td, _ = adm(t, b).ListTopics(ctx, "fresh")
	if len(td["fresh"].Partitions) != 5 {
		t.Fatalf("kadm sees %d partitions, want 5", len(td["fresh"].Partitions))
	}
	old, now, err := a.SetTopicConfig(ctx, "fresh", "retention.ms", "120000")
	if err != nil || old != "60000" || now != "120000" {
		t.Fatalf("set retention.ms: %q → %q (%v), want 60000 → 120000", old, now, err)
	}
	rc, err := adm(t, b).DescribeTopicConfigs(ctx, "fresh")
	if err != nil {
		t.Fatal(err)
	}
	seen := ""
	for _, r := range rc {
		for _, c := range r.Configs {
			if c.Key == "retention.ms" && c.Value != nil {
				seen = *c.Value
			}
		}
	}
	if seen != "120000" {
		t.Fatalf("kadm reads retention.ms %q, want 120000", seen)
	}
	if err := a.DeleteTopic(ctx, "fresh"); err != nil {
		t.Fatal(err)
	}
	td, _ = adm(t, b).ListTopics(ctx)
	if td.Has("fresh") {
		t.Fatal("kadm still lists the deleted topic")
	}
}

// A KIP-848 group whose member left is reset the same way, and kadm
// reads the new offset back.
func TestResetAKIP848GroupAfterItsMemberLeft(t *testing.T) {
	b := startBroker(t, map[string]int32{"orders": 1})
	fill(t, b, "orders", 6, 0)
	c := independent(t, b, kgo.MaxVersions(kversion.Stable()), kgo.ConsumerGroup("next-gen"), kgo.ConsumeTopics("orders"),
		kgo.ServerSideBalancer(), kgo.Balancers(kgo.RangeBalancer()), kgo.ConsumeResetOffset(kgo.NewOffset().AtStart()))
	ctx := context.Background()
	eventually(t, 30*time.Second, "next-gen to read and commit", func() bool {
		c.PollFetches(ctx)
		_ = c.CommitUncommittedOffsets(ctx) // a failed commit is retried by the next round
		return offsetsOf(t, adm(t, b), "next-gen")[model.TP{Topic: "orders", Partition: 0}] == 6
	})
	c.Close() // leaves the group
	a := NewAdmin(client(t, b))
	eventually(t, 30*time.Second, "next-gen to be empty", func() bool {
		n, _, err := a.Members(ctx, "next-gen", "consumer")
		return err == nil && n == 0
	})
	plan, err := a.PlanReset(ctx, "next-gen", "consumer", model.ResetScope{Partition: -1}, model.ResetTarget{Kind: model.ResetExact, Offset: 2})
	if err != nil {
		t.Fatal(err)
	}
	if err := a.ApplyReset(ctx, plan, "consumer"); err != nil {
		t.Fatal(err)
	}
	if got := offsetsOf(t, adm(t, b), "next-gen")[model.TP{Topic: "orders", Partition: 0}]; got != 2 {
		t.Fatalf("kadm reads next-gen at %d, want 2", got)
	}
}

// The admin requests find their brokers on a three-broker cluster behind
// SASL: group requests the coordinator, offsets the leaders, topic
// changes the controller. franz-go reads every result back.
func TestAdminOnAThreeBrokerClusterWithSASL(t *testing.T) {
	addr := cluster(t, kfake.NumBrokers(3), kfake.SeedTopics(6, "orders"), kfake.EnableSASL(), kfake.Superuser("SCRAM-SHA-256", "ops", "s3cret-pass"))
	conn := Conn{Brokers: []string{addr}, SASL: SASLConfig{Mechanism: "SCRAM-SHA-256", Username: "ops", Password: "s3cret-pass"}}
	c, err := conn.Client()
	if err != nil {
		t.Fatal(err)
	}
	ext := kafkatest.Client(t, addr, kgo.SASL(scram.Auth{User: "ops", Pass: "s3cret-pass"}.AsSha256Mechanism()), kgo.RecordPartitioner(kgo.ManualPartitioner()))
	for p := range int32(6) {
		for range 4 {
			if err := ext.ProduceSync(context.Background(), &kgo.Record{Topic: "orders", Partition: p, Value: []byte("x")}).FirstErr(); err != nil {
				t.Fatal(err)
			}
		}
	}
	kafkatest.Commit(t, ext, "spread", "orders", map[int32]int64{0: 1, 1: 2, 2: 3, 3: 4, 4: 1, 5: 2})
	a := NewAdmin(c)
	ctx := context.Background()
	plan, err := a.PlanReset(ctx, "spread", "classic", model.ResetScope{Partition: -1}, model.ResetTarget{Kind: model.ResetLatest})
	if err != nil || len(plan.Rows) != 6 {
		t.Fatalf("plan: %d rows, %v", len(plan.Rows), err)
	}
	if err := a.ApplyReset(ctx, plan, "classic"); err != nil {
		t.Fatal(err)
	}
	k := func() *kadm.Client {
		return kadm.NewClient(kafkatest.Client(t, addr, kgo.SASL(scram.Auth{User: "ops", Pass: "s3cret-pass"}.AsSha256Mechanism())))
	}
	res, err := k().FetchOffsets(ctx, "spread")
	if err != nil {
		t.Fatal(err)
	}
	for p := range int32(6) {
		if o, _ := res.Lookup("orders", p); o.At != 4 {
			t.Fatalf("kadm reads orders/%d at %d, want 4 (latest)", p, o.At)
		}
	}
	if err := a.CreateTopic(ctx, model.TopicSpec{Name: "wide", Partitions: 3, Replicas: 3}); err != nil {
		t.Fatal(err)
	}
	if err := a.AddPartitions(ctx, "wide", 6); err != nil {
		t.Fatal(err)
	}
	if _, now, err := a.SetTopicConfig(ctx, "wide", "retention.ms", "1000"); err != nil || now != "1000" {
		t.Fatalf("set config: %q, %v", now, err)
	}
	td, err := k().ListTopics(ctx, "wide")
	if err != nil || len(td["wide"].Partitions) != 6 || len(td["wide"].Partitions[0].Replicas) != 3 {
		t.Fatalf("kadm sees %+v (%v), want wide with 6 partitions of 3 replicas", td["wide"], err)
	}
	if err := a.DeleteTopic(ctx, "wide"); err != nil {
		t.Fatal(err)
	}
	if err := a.DeleteGroup(ctx, "spread", "classic"); err != nil {
		t.Fatal(err)
	}
}

// A shift moves committed offsets only: on a topic where the group
// committed on one partition of two, the other is skipped (no commit
// written there), while earliest on the same topic creates a commit.
func TestResetShiftSkipsPartitionsWithoutACommit(t *testing.T) {
	b := startBroker(t, map[string]int32{"orders": 2, "other": 1})
	fillAt(t, b, "orders", 10, time.Now().Add(-time.Hour), 0, 1)
	fillAt(t, b, "other", 2, time.Now().Add(-time.Hour), 0)
	ext := independent(t, b)
	a := NewAdmin(client(t, b))
	ctx := context.Background()
	p0, p1 := model.TP{Topic: "orders", Partition: 0}, model.TP{Topic: "orders", Partition: 1}
	topic := model.ResetScope{Topic: "orders", Partition: -1}
	tests := []struct {
		name    string
		target  model.ResetTarget
		want    map[model.TP]int64
		skipped int
	}{
		{"shift", model.ResetTarget{Kind: model.ResetShift, Shift: -2}, map[model.TP]int64{p0: 6}, 1},
		{"earliest", model.ResetTarget{Kind: model.ResetEarliest}, map[model.TP]int64{p0: 0, p1: 0}, 0},
	}
	for i, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			group := "part" + string(rune('a'+i))
			kafkatest.Commit(t, ext, group, "orders", map[int32]int64{0: 8})
			plan, err := a.PlanReset(ctx, group, "classic", topic, tc.target)
			if err != nil {
				t.Fatal(err)
			}
			if len(plan.Skipped) != tc.skipped || len(plan.Rows) != len(tc.want) {
				t.Fatalf("plan rows %+v skipped %v", plan.Rows, plan.Skipped)
			}
			if err := a.ApplyReset(ctx, plan, "classic"); err != nil {
				t.Fatal(err)
			}
			got := offsetsOf(t, adm(t, b), group)
			if len(got) != len(tc.want) {
				t.Fatalf("kadm reads %v, want %v", got, tc.want)
			}
			for tp, w := range tc.want {
				if got[tp] != w {
					t.Fatalf("kadm reads %v, want %v", got, tc.want)
				}
			}
		})
	}
	kafkatest.Commit(t, ext, "none", "other", map[int32]int64{0: 1})
	if _, err := a.PlanReset(ctx, "none", "classic", topic, model.ResetTarget{Kind: model.ResetShift, Shift: 1}); err == nil || !strings.Contains(err.Error(), "shift moves committed offsets") {
		t.Fatalf("a shift on a topic with no commit: %v", err)
	}
}

// A topic action makes the poller re-read that topic's configs at the
// next poll, not on the ten-minute schedule: the console shows the new
// value at once.
func TestTopicActionRereadsItsConfigsAtTheNextPoll(t *testing.T) {
	b := startBroker(t, map[string]int32{"orders": 1})
	store := model.NewStore(nil, model.DefaultLimits())
	p := newPoller(t, b, store, Watch{Topics: []string{"orders"}}, model.LagConfig{})
	p.ConfigsEvery = time.Hour
	a := NewAdmin(client(t, b))
	a.OnTopicChange = p.ConfigsChanged
	ctx := context.Background()
	value := func() string {
		var v string
		store.Read(func(st *model.State) { v, _ = st.Configs["orders"].Value("retention.ms") })
		return v
	}
	eventually(t, 10*time.Second, "orders' configs read", func() bool { p.PollOnce(ctx); return value() != "" })
	if _, _, err := a.SetTopicConfig(ctx, "orders", "retention.ms", "7200000"); err != nil {
		t.Fatal(err)
	}
	p.PollOnce(ctx)
	if got := value(); got != "7200000" {
		t.Fatalf("after the edit and one poll the console reads retention.ms=%s, want 7200000", got)
	}
}
