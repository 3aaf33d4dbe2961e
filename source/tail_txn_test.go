package source

import (
	"context"
	"testing"
	"time"

	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/washboard/washboard/model"
	"github.com/washboard/washboard/source/kafkatest"
)

// transact writes values to topic/0 in one transaction of franz-go's
// transactional producer (washboard never produces transactionally) and
// commits or aborts it.
func transact(t *testing.T, cl *kgo.Client, topic string, commit bool, values ...string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := cl.BeginTransaction(); err != nil {
		t.Fatal(err)
	}
	for _, v := range values {
		if err := cl.ProduceSync(ctx, &kgo.Record{Topic: topic, Partition: 0, Value: []byte(v)}).FirstErr(); err != nil {
			t.Fatal(err)
		}
	}
	if err := cl.EndTransaction(ctx, kgo.TransactionEndTry(commit)); err != nil {
		t.Fatal(err)
	}
}

func TestTailTransactions(t *testing.T) {
	// The tail reads read_committed and keeps aborted records, marked: the
	// Log shows them only when asked (its `a` key), and no count, view or
	// stat takes them.
	c := kcluster(t, 1, map[string]int32{"txn": 1})
	w := watchFetches(c)
	tail, store := tailCluster(t, c, TailConfig{Start: Start{Mode: StartBeginning}}, Watch{Topics: []string{"txn"}})
	cl := producer(t, c, kgo.TransactionalID("washboard-test-txn"))
	transact(t, cl, "txn", true, "c1", "c2")  // 0, 1, commit marker 2
	transact(t, cl, "txn", false, "a1", "a2") // 3, 4, abort marker 5
	transact(t, cl, "txn", true, "c3")        // 6, commit marker 7
	eventually(t, 10*time.Second, "c3", func() bool { return has(logged(store, "txn"), "0@6=c3") })
	want := []string{"0@0=c1", "0@1=c2", "0@3=a1!", "0@4=a2!", "0@6=c3"}
	if got := logged(store, "txn"); !equal(got, want) {
		t.Fatalf("log %v, want %v", got, want)
	}
	var read, aborted uint64
	store.Read(func(st *model.State) { read, aborted = st.Rate.Total(), st.Aborted })
	if read != 3 || aborted != 2 {
		t.Fatalf("records counted as read %d, aborted %d; want 3 and 2", read, aborted)
	}
	// The partition ends in a commit marker: idle, it must long-poll
	// like any idle partition, not fetch the marker again and again.
	eventually(t, 5*time.Second, "the tail past the marker", func() bool { return tail.Position() == 8 })
	before, _ := w.snapshot()
	time.Sleep(time.Second) // the measured idle interval itself
	after, _ := w.snapshot()
	var n int
	for node := range after {
		n += after[node] - before[node]
	}
	if n > 4 {
		t.Fatalf("%d Fetch requests in an idle second on a partition ending in a marker; want about 2", n)
	}
}

func equal(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestTailGroupCommittedAtACommitMarkerHasNoLag(t *testing.T) {
	c := kcluster(t, 1, map[string]int32{"txn": 1})
	_, store := tailCluster(t, c, TailConfig{Start: Start{Mode: StartBeginning}}, Watch{Topics: []string{"txn"}})
	cl := producer(t, c, kgo.TransactionalID("washboard-test-lag"))
	transact(t, cl, "txn", true, "c1", "c2") // 0, 1, commit marker 2: high watermark 3
	// A read_committed consumer that read c2 commits 2, the marker's
	// offset: it has consumed everything there is.
	kafkatest.Commit(t, producer(t, c), "after-marker", "txn", map[int32]int64{0: 2})
	kafkatest.Commit(t, producer(t, c), "before-c2", "txn", map[int32]int64{0: 1})
	tp := model.TP{Topic: "txn", Partition: 0}
	eventually(t, 10*time.Second, "lag 0 for the group at the marker, 2 (c2 and the marker) for the one before c2", func() bool {
		a, okA := lagOf(store, "after-marker", tp)
		b, okB := lagOf(store, "before-c2", tp)
		return okA && okB && a.Lag == 0 && b.Lag == 2
	})
	// Several polls later it is still 0, and healthy.
	time.Sleep(time.Second) // polls to pass (200 ms apart); the assertion is on state after them
	if p, _ := lagOf(store, "after-marker", tp); p.Lag != 0 || p.Health == model.HealthStall {
		t.Fatalf("group at the marker: lag %d, health %v", p.Lag, p.Health)
	}
}
