package source

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/twmb/franz-go/pkg/kfake"
	"github.com/twmb/franz-go/pkg/kmsg"

	"github.com/washboard/washboard/model"
)

// threeBrokers runs a 3-broker cluster holding the example topics
// and groups that committed offsets.
func threeBrokers(t *testing.T, groups int) *Broker {
	t.Helper()
	cfg := DefaultBrokerConfig()
	cfg.Listen, cfg.Brokers = "127.0.0.1:0", 3
	cfg.Topics = map[string]int32{"orders": 12, "payments": 6, "audit-log": 3}
	b, err := StartBroker(cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(b.Close)
	pop := Populate{Conn: conn(b), Groups: groups, PerGroup: 2, Topics: cfg.Topics}
	if err := pop.Run(context.Background()); err != nil {
		t.Fatal(err)
	}
	return b
}

func stateOf(store *model.Store) (st model.State) {
	store.Read(func(s *model.State) {
		st.TopicStats, st.Cluster, st.Configs, st.Partitions, st.Groups = s.TopicStats, s.Cluster, s.Configs, s.Partitions, s.Groups
		st.Link, st.Lag = s.Link, s.Lag
	})
	return st
}

func topicStat(st model.State, name string) (model.TopicStat, bool) {
	for _, t := range st.TopicStats {
		if t.Name == name {
			return t, true
		}
	}
	return model.TopicStat{}, false
}

func TestPollerSeesTheWholeCluster(t *testing.T) {
	b := threeBrokers(t, 30)
	fill(t, b, "orders", 5, 0, 1, 2)
	store := model.NewStore(nil, model.DefaultLimits())
	var handed []model.PartitionStat
	p := newPoller(t, b, store, Watch{Topics: []string{"payments"}}, model.LagConfig{})
	p.OnPartitions = func(ps []model.PartitionStat) { handed = ps }
	p.PollOnce(context.Background())
	st := stateOf(store)
	if st.Link.Err != "" {
		t.Fatalf("poll failed: %s", st.Link.Err)
	}

	want := map[string]struct{ parts, records int }{"orders": {12, 15}, "payments": {6, 0}, "audit-log": {3, 0}}
	for name, w := range want {
		ts, ok := topicStat(st, name)
		if !ok {
			t.Fatalf("topic %s missing from %v", name, st.TopicStats)
		}
		if ts.Partitions != w.parts || ts.Records != int64(w.records) || ts.Replication < 1 {
			t.Errorf("%s: %d partitions, %d records, replication %d; want %d, %d, >=1", name, ts.Partitions, ts.Records, ts.Replication, w.parts, w.records)
		}
		cfg, ok := st.Configs[name]
		if !ok || cfg.Err != "" {
			t.Errorf("%s configs: %+v, want them read", name, cfg)
		} else if v, ok := cfg.Value("cleanup.policy"); !ok || v == "" {
			t.Errorf("%s: no cleanup.policy among %d configs", name, len(cfg.Entries))
		}
	}
	if len(st.Partitions) < 21 {
		t.Errorf("%d partitions published, want every partition of the cluster (21+)", len(st.Partitions))
	}
	for _, ps := range handed {
		if ps.Topic != "payments" {
			t.Fatalf("the tail was handed %s/%d: it must read only watched topics", ps.Topic, ps.Partition)
		}
	}
	if len(handed) != 6 {
		t.Errorf("the tail was handed %d partitions, want payments' 6", len(handed))
	}

	if len(st.Cluster.Brokers) != 3 || st.Cluster.Live() != 3 || st.Cluster.Controller < 0 {
		t.Errorf("cluster %+v: want 3 live brokers and a controller", st.Cluster)
	}
	if st.Cluster.Kafka == "" || st.Cluster.ID == "" {
		t.Errorf("cluster id %q, Kafka %q: want both from Metadata and ApiVersions", st.Cluster.ID, st.Cluster.Kafka)
	}

	// 30 groups: committed offsets for every one, in a few batched requests.
	if len(st.Groups) != 30 || st.Lag == nil || len(st.Lag.Groups) != 30 {
		t.Fatalf("%d groups listed, want 30", len(st.Groups))
	}
	if st.Link.PollRequests > 20 {
		t.Errorf("a poll of 30 groups took %d requests: committed offsets are not batched", st.Link.PollRequests)
	}
	var withOffsets int
	for _, g := range st.Lag.Groups {
		if len(g.Parts) > 0 {
			withOffsets++
		}
	}
	if withOffsets != 30 {
		t.Errorf("%d of 30 groups have committed offsets", withOffsets)
	}
}

func TestPollerKeepsGoingWhenABrokerLeavesAndATopicGoes(t *testing.T) {
	b := threeBrokers(t, 3)
	store := model.NewStore(nil, model.DefaultLimits())
	p := newPoller(t, b, store, Watch{All: true}, model.LagConfig{})
	p.PollOnce(context.Background())
	var gone int32 = -1
	for _, br := range stateOf(store).Cluster.Brokers {
		if br.ID != stateOf(store).Cluster.Controller {
			gone = int32(br.ID)
		}
	}
	if err := b.Cluster().RemoveNode(gone); err != nil {
		t.Fatal(err)
	}
	deleteTopic(t, b, "audit-log")
	eventually(t, 20*time.Second, "the broker marked gone and audit-log dropped", func() bool {
		p.PollOnce(context.Background())
		st := stateOf(store)
		_, still := topicStat(st, "audit-log")
		for _, br := range st.Cluster.Brokers {
			if int32(br.ID) == gone {
				return br.Gone && !still && st.Cluster.Live() == 2
			}
		}
		return false
	})
	if _, ok := topicStat(stateOf(store), "orders"); !ok {
		t.Fatal("orders vanished with the broker")
	}
}

func deleteTopic(t *testing.T, b *Broker, topic string) {
	t.Helper()
	req := kmsg.NewPtrDeleteTopicsRequest()
	req.TopicNames = []string{topic}
	rt := kmsg.NewDeleteTopicsRequestTopic()
	rt.Topic = kmsg.StringPtr(topic)
	req.Topics = append(req.Topics, rt)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	res, err := req.RequestWith(ctx, independent(t, b))
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range res.Topics {
		if r.ErrorCode != 0 {
			t.Fatalf("delete %s: error code %d", topic, r.ErrorCode)
		}
	}
}

func TestConfigsRefusedByACLsAreSaidInWords(t *testing.T) {
	allow := func(res kmsg.ACLResourceType, op kmsg.ACLOperation) kfake.ACL {
		return kfake.ACL{Resource: res, Name: "*", Pattern: kmsg.ACLResourcePatternTypeLiteral, Operation: op, Allow: true}
	}
	addr := cluster(t, kfake.EnableSASL(), kfake.EnableACLs(), kfake.Superuser("PLAIN", "admin", "admin-pass"),
		kfake.User("PLAIN", "viewer", "viewer-pass",
			allow(kmsg.ACLResourceTypeTopic, kmsg.ACLOperationDescribe),
			allow(kmsg.ACLResourceTypeGroup, kmsg.ACLOperationDescribe),
			allow(kmsg.ACLResourceTypeCluster, kmsg.ACLOperationDescribe)))
	c := Conn{Brokers: []string{addr}, SASL: SASLConfig{Mechanism: "PLAIN", Username: "viewer", Password: "viewer-pass"}}
	kc, err := c.Client()
	if err != nil {
		t.Fatal(err)
	}
	store := model.NewStore(nil, model.DefaultLimits())
	p := &Poller{Client: kc, Store: store, Watch: Watch{All: true}, Explain: c.Explain}
	p.PollOnce(context.Background())
	st := stateOf(store)
	if _, ok := topicStat(st, "t"); !ok {
		t.Fatalf("topic t not listed (conn %+v)", st.Link)
	}
	cfg := st.Configs["t"]
	if !strings.Contains(cfg.Err, "not allowed") || len(cfg.Entries) != 0 {
		t.Fatalf("configs of t: err %q, %d entries; want the ACL refusal in words", cfg.Err, len(cfg.Entries))
	}
}
