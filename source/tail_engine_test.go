package source

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/segmentio/kafka-go"
	"github.com/twmb/franz-go/pkg/kfake"
	"github.com/twmb/franz-go/pkg/kgo"
	"github.com/twmb/franz-go/pkg/kmsg"

	"github.com/washboard/washboard/model"
	"github.com/washboard/washboard/source/kafkatest"
)

// kcluster is a kfake cluster of n brokers for one test, with topics.
func kcluster(t *testing.T, n int, topics map[string]int32) *kfake.Cluster {
	t.Helper()
	opts := []kfake.Opt{kfake.NumBrokers(n)}
	for topic, parts := range topics {
		opts = append(opts, kfake.SeedTopics(parts, topic))
	}
	c, err := kfake.NewCluster(opts...)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Close)
	return c
}

// clusterClient is washboard's client for c, with a short metadata TTL so
// a moved leader is seen within a test's patience.
func clusterClient(t *testing.T, c *kfake.Cluster) *kafka.Client {
	t.Helper()
	tr, err := Conn{Brokers: c.ListenAddrs(), ClientID: "washboard-test"}.Transport()
	if err != nil {
		t.Fatal(err)
	}
	tr.MetadataTTL = 300 * time.Millisecond
	return &kafka.Client{Addr: kafka.TCP(c.ListenAddrs()...), Transport: tr, Timeout: 10 * time.Second}
}

// tailCluster runs a poller and a tail over c for the test's lifetime.
func tailCluster(t *testing.T, c *kfake.Cluster, cfg TailConfig, watch Watch) (*Tail, *model.Store) {
	t.Helper()
	if cfg.Store == nil {
		cfg.Store = model.NewStore(nil, model.DefaultLimits())
	}
	cfg.Client = clusterClient(t, c)
	ctx, cancel := context.WithCancel(context.Background())
	tail := NewTail(cfg)
	p := &Poller{Client: cfg.Client, Store: cfg.Store, Watch: watch, Interval: 200 * time.Millisecond, OnPartitions: tail.FollowHook(ctx)}
	var wg sync.WaitGroup
	wg.Go(func() { tail.Run(ctx) })
	wg.Go(func() { p.Run(ctx) })
	t.Cleanup(func() { cancel(); wg.Wait() })
	return tail, cfg.Store
}

// producer is franz-go producing to c: a client that is not washboard.
func producer(t *testing.T, c *kfake.Cluster, opts ...kgo.Opt) *kgo.Client {
	t.Helper()
	return kafkatest.Client(t, c.ListenAddrs()[0], append([]kgo.Opt{kgo.SeedBrokers(c.ListenAddrs()...),
		kgo.RecordPartitioner(kgo.ManualPartitioner()), kgo.ProducerLinger(0)}, opts...)...)
}

// send produces one record per value to topic/partition and waits for them.
func send(t *testing.T, cl *kgo.Client, topic string, partition int32, values ...string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	var rs []*kgo.Record
	for _, v := range values {
		rs = append(rs, &kgo.Record{Topic: topic, Partition: partition, Value: []byte(v)})
	}
	if err := cl.ProduceSync(ctx, rs...).FirstErr(); err != nil {
		t.Fatal(err)
	}
}

// logged is every Log line of topic: records as "partition@offset=value",
// notes as "partition@offset note: text", aborted records with a "!".
func logged(store *model.Store, topic string) []string {
	var out []string
	store.Read(func(st *model.State) {
		for i := range st.Log.Len() {
			r := st.Log.At(i)
			if r.Topic != topic {
				continue
			}
			switch {
			case r.Note != "":
				out = append(out, fmt.Sprintf("%d@%d note: %s", r.Partition, r.Offset, r.Note))
			case r.Aborted:
				out = append(out, fmt.Sprintf("%d@%d=%s!", r.Partition, r.Offset, r.Value))
			default:
				out = append(out, fmt.Sprintf("%d@%d=%s", r.Partition, r.Offset, r.Value))
			}
		}
	})
	return out
}

func has(lines []string, want string) bool {
	for _, l := range lines {
		if strings.Contains(l, want) {
			return true
		}
	}
	return false
}

// fetchWatch records, per broker, the Fetch requests it receives: how many,
// and the partitions the first one (a full request) listed.
type fetchWatch struct {
	mu    sync.Mutex
	count map[int32]int
	first map[int32][]string
}

func watchFetches(c *kfake.Cluster) *fetchWatch {
	w := &fetchWatch{count: map[int32]int{}, first: map[int32][]string{}}
	c.ControlKey(int16(kmsg.Fetch), func(req kmsg.Request) (kmsg.Response, error, bool) {
		c.KeepControl()
		node := c.CurrentNode()
		fr := req.(*kmsg.FetchRequest)
		w.mu.Lock()
		defer w.mu.Unlock()
		w.count[node]++
		if _, ok := w.first[node]; !ok {
			for _, t := range fr.Topics {
				for _, p := range t.Partitions {
					w.first[node] = append(w.first[node], fmt.Sprintf("%s/%d", t.Topic, p.Partition))
				}
			}
		}
		return nil, nil, false
	})
	return w
}

func (w *fetchWatch) snapshot() (map[int32]int, map[int32][]string) {
	w.mu.Lock()
	defer w.mu.Unlock()
	count := map[int32]int{}
	first := map[int32][]string{}
	for k, v := range w.count {
		count[k] = v
	}
	for k, v := range w.first {
		first[k] = append([]string(nil), v...)
	}
	return count, first
}

func TestTailSendsOneFetchPerBrokerCarryingEveryPartitionItLeads(t *testing.T) {
	c := kcluster(t, 3, map[string]int32{"spread": 9})
	w := watchFetches(c)
	leads := map[int32]int{}
	for p := range int32(9) {
		leads[c.LeaderFor("spread", p)]++
	}
	if len(leads) < 2 {
		t.Fatalf("kfake put every leader on one broker: %v", leads)
	}
	tail, store := tailCluster(t, c, TailConfig{Start: Start{Mode: StartBeginning}}, Watch{Topics: []string{"spread"}})
	cl := producer(t, c)
	for p := range int32(9) {
		send(t, cl, "spread", p, fmt.Sprintf("v%d", p))
	}
	eventually(t, 10*time.Second, "a record from each of the 9 partitions", func() bool { return len(logged(store, "spread")) == 9 })

	_, first := w.snapshot()
	for node, n := range leads {
		if len(first[node]) != n {
			t.Errorf("broker %d leads %d partitions; its first Fetch listed %v", node, n, first[node])
		}
	}
	// Idle for a second: each broker gets about two long polls (MaxWait
	// 500 ms), not one per partition.
	before, _ := w.snapshot()
	r0 := tail.Requests()
	time.Sleep(time.Second) // the measured idle interval itself, not a synchronisation
	after, _ := w.snapshot()
	for node := range leads {
		if d := after[node] - before[node]; d > 4 {
			t.Errorf("broker %d got %d Fetch requests in an idle second; want about 2", node, d)
		}
	}
	if d := tail.Requests() - r0; d > int64(4*len(leads)) {
		t.Errorf("the tail sent %d requests in an idle second to %d brokers", d, len(leads))
	}
}

func TestTailFollowsALeaderThatMovesMidRun(t *testing.T) {
	c := kcluster(t, 3, map[string]int32{"moving": 1})
	_, store := tailCluster(t, c, TailConfig{Start: Start{Mode: StartBeginning}}, Watch{Topics: []string{"moving"}})
	cl := producer(t, c)
	send(t, cl, "moving", 0, "before")
	eventually(t, 10*time.Second, "the record before the move", func() bool { return has(logged(store, "moving"), "0@0=before") })

	from := c.LeaderFor("moving", 0)
	to := (from + 1) % 3
	if err := c.MoveTopicPartition("moving", 0, to); err != nil {
		t.Fatal(err)
	}
	send(t, cl, "moving", 0, "after")
	eventually(t, 15*time.Second, "the record after the leader moved from broker "+fmt.Sprint(from)+" to "+fmt.Sprint(to),
		func() bool { return has(logged(store, "moving"), "0@1=after") })
	if got := logged(store, "moving"); len(got) != 2 {
		t.Fatalf("log %v: want each record once", got)
	}
}

func TestTailStaysWithinItsInFlightBudget(t *testing.T) {
	c := kcluster(t, 1, map[string]int32{"big": 4})
	// Uncompressed: the broker's limits count wire bytes, the budget counts
	// what the records take in memory, and "xxxx" compresses 100-fold.
	cl := producer(t, c, kgo.ProducerBatchCompression(kgo.NoCompression()))
	value := strings.Repeat("x", 4<<10)
	for p := range int32(4) {
		for range 10 { // batches of 20 records, 80 KiB each
			vs := make([]string, 20)
			for i := range vs {
				vs[i] = value
			}
			send(t, cl, "big", p, vs...)
		}
	}
	// 3.2 MiB on the broker, a 256 KiB budget: the catch-up must finish
	// without ever holding more than the budget plus one batch (a broker
	// sends a whole first batch even when it is over the response's cap).
	store := model.NewStore(nil, model.Limits{LogRecords: 100_000, LogBytes: 64 << 20})
	tail, _ := tailCluster(t, c, TailConfig{Store: store, Start: Start{Mode: StartBeginning}, InFlightBytes: 256 << 10}, Watch{Topics: []string{"big"}})
	var peak int64
	eventually(t, 20*time.Second, "all 800 records", func() bool {
		peak = max(peak, tail.budget.inFlight())
		return len(logged(store, "big")) == 800
	})
	if limit := int64(256<<10) + 100<<10; peak > limit {
		t.Fatalf("in flight peaked at %d bytes, budget 256 KiB", peak)
	}
}

func TestTailKeepsReadingWhenTheBootstrapBrokerGoes(t *testing.T) {
	c := kcluster(t, 3, map[string]int32{"spread": 6})
	_, store := tailCluster(t, c, TailConfig{Start: Start{Mode: StartBeginning}}, Watch{Topics: []string{"spread"}})
	cl := producer(t, c)
	for p := range int32(6) {
		send(t, cl, "spread", p, fmt.Sprintf("before%d", p))
	}
	eventually(t, 10*time.Second, "a record from each of the 6 partitions", func() bool { return len(logged(store, "spread")) == 6 })
	// The first address is the one washboard was given first: its broker
	// answered the ApiVersions the tail learnt its Fetch version from.
	var first int32 = -1
	for _, id := range []int32{0, 1, 2} {
		if addr, ok := brokerAddr(c, id); ok && addr == c.ListenAddrs()[0] {
			first = id
		}
	}
	if first < 0 {
		t.Fatal("no broker listens on the first address")
	}
	if err := c.RemoveNode(first); err != nil {
		t.Fatal(err)
	}
	for p := range int32(6) {
		eventuallyProduce(t, c, "spread", p, fmt.Sprintf("after%d", p))
	}
	eventually(t, 30*time.Second, "every partition's record after broker "+fmt.Sprint(first)+" left", func() bool {
		n := 0
		for _, l := range logged(store, "spread") {
			if strings.Contains(l, "after") {
				n++
			}
		}
		return n == 6
	})
}

// brokerAddr is the address broker id listens on.
func brokerAddr(c *kfake.Cluster, id int32) (string, bool) {
	req := kmsg.NewPtrMetadataRequest()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	cl, err := kgo.NewClient(kgo.SeedBrokers(c.ListenAddrs()...))
	if err != nil {
		return "", false
	}
	defer cl.Close()
	res, err := req.RequestWith(ctx, cl)
	if err != nil {
		return "", false
	}
	for _, b := range res.Brokers {
		if b.NodeID == id {
			return fmt.Sprintf("%s:%d", b.Host, b.Port), true
		}
	}
	return "", false
}
