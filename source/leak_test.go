package source

import (
	"context"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/twmb/franz-go/pkg/kmsg"
	"go.uber.org/goleak"

	"github.com/washboard/washboard/model"
)

// Every long-lived component of source stops and waits for its goroutines
// when its owner says so. Each test snapshots the goroutines running
// before the component starts (the embedded broker's, other tests') and
// asserts that none is left beyond them once it is stopped. The embedded
// broker's own per-connection goroutines are the broker's (its Close in
// the test's cleanup stops them), and may outlive a closed client
// connection by a moment: they are not counted.

// leakOpts are the snapshot and the broker's goroutines.
func leakOpts(ignore goleak.Option) []goleak.Option {
	return []goleak.Option{ignore,
		goleak.IgnoreAnyFunction("github.com/twmb/franz-go/pkg/kfake.(*clientConn).read.func1"),
		goleak.IgnoreAnyFunction("github.com/twmb/franz-go/pkg/kfake.(*clientConn).read"),
		goleak.IgnoreAnyFunction("github.com/twmb/franz-go/pkg/kfake.(*clientConn).write"),
	}
}

func TestDemosCloseLeavesNoGoroutine(t *testing.T) {
	b := startBroker(t, map[string]int32{"orders": 2})
	fill(t, b, "orders", 3, 0, 1)
	ignore := goleak.IgnoreCurrent()
	d := NewDemos(DemoConfig{Conn: conn(b), Enabled: true, Pace: 1000})
	id, err := d.Start(context.Background(), "orders")
	if err != nil {
		t.Fatal(err)
	}
	if err := d.AddMember(id); err != nil {
		t.Fatal(err)
	}
	if got := d.Groups(); len(got) != 1 {
		t.Fatalf("demo groups %v, want one", got)
	}
	d.Close()
	if _, err := d.Start(context.Background(), "orders"); err == nil {
		t.Fatal("a group started after Close")
	}
	goleak.VerifyNone(t, leakOpts(ignore)...)
}

func TestPollerRunLeavesNoGoroutine(t *testing.T) {
	b := startBroker(t, map[string]int32{"orders": 2})
	store := model.NewStore(nil, model.DefaultLimits())
	p := newPoller(t, b, store, Watch{Topics: []string{"orders"}}, model.LagConfig{})
	ignore := goleak.IgnoreCurrent()
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	wg.Go(func() { p.Run(ctx) })
	eventually(t, 10*time.Second, "a poll", func() bool {
		polled := false
		store.Read(func(st *model.State) { polled = st.Link.State == model.LinkConnected })
		return polled
	})
	cancel()
	wg.Wait()
	p.Client.Transport.(interface{ CloseIdleConnections() }).CloseIdleConnections()
	goleak.VerifyNone(t, leakOpts(ignore)...)
}

// The tail's fetch loops (one per broker), decode workers and folder all
// end, and Run returns, when its context ends.
func TestTailRunLeavesNoGoroutine(t *testing.T) {
	b := startBroker(t, map[string]int32{"orders": 2})
	fill(t, b, "orders", 3, 0, 1)
	store := model.NewStore(nil, model.DefaultLimits())
	c := client(t, b)
	ignore := goleak.IgnoreCurrent()
	ctx, cancel := context.WithCancel(context.Background())
	tail := NewTail(TailConfig{Client: c, Store: store, Start: Start{Mode: StartBeginning}})
	p := &Poller{Client: c, Store: store, Watch: Watch{Topics: []string{"orders"}}, Interval: 200 * time.Millisecond, OnPartitions: tail.FollowHook(ctx)}
	var wg sync.WaitGroup
	wg.Go(func() { tail.Run(ctx) })
	wg.Go(func() { p.Run(ctx) })
	eventually(t, 10*time.Second, "the records read", func() bool {
		n := 0
		store.Read(func(st *model.State) { n = st.Log.Len() })
		return n >= 3
	})
	cancel()
	wg.Wait()
	// Run has returned: its own goroutines (fetch loops, decode workers)
	// are gone already, not merely on their way out.
	buf := make([]byte, 1<<20)
	if stacks := string(buf[:runtime.Stack(buf, true)]); strings.Contains(stacks, "washboard/source.(*Tail)") {
		t.Fatalf("Run returned before its goroutines ended:\n%s", stacks)
	}
	// A fetch long-polling when the context ended holds its pooled
	// connection (kafka-go's, owned by the client) until the broker answers
	// within MaxWait; the pool is emptied again until nothing is left.
	eventually(t, 5*time.Second, "no goroutine left", func() bool {
		c.Transport.(interface{ CloseIdleConnections() }).CloseIdleConnections()
		return goleak.Find(leakOpts(ignore)...) == nil
	})
	goleak.VerifyNone(t, leakOpts(ignore)...)
}

// A coordinator that never answers LeaveGroup must not hold an exit: Close
// returns within about LeaveBound with two groups' members all stopped
// concurrently, and leaves no goroutine behind.
func TestDemosCloseIsBoundedWhenLeavesHang(t *testing.T) {
	b := startBroker(t, map[string]int32{"orders": 2})
	fill(t, b, "orders", 3, 0, 1)
	release := make(chan struct{})
	var once sync.Once
	free := func() { once.Do(func() { close(release) }) }
	t.Cleanup(free) // before the broker closes
	// The poller only watches the groups; its client's pool (kafka-go's
	// Transport, which demo members do not use) lives until cleanup.
	p := newPoller(t, b, model.NewStore(nil, model.DefaultLimits()), Watch{Topics: []string{"orders"}}, model.LagConfig{})
	p.PollOnce(context.Background())
	ignore := goleak.IgnoreCurrent()
	d := NewDemos(DemoConfig{Conn: conn(b), Enabled: true, Pace: 1000})
	var ids []string
	for range 2 {
		id, err := d.Start(context.Background(), "orders")
		if err != nil {
			t.Fatal(err)
		}
		if err := d.AddMember(id); err != nil {
			t.Fatal(err)
		}
		ids = append(ids, id)
	}
	for _, id := range ids {
		eventually(t, 20*time.Second, id+" stable with two members", func() bool { return splitIs(assigned(t, p, id), 1, 1) })
	}
	b.cluster.ControlKey(int16(kmsg.LeaveGroup), func(kmsg.Request) (kmsg.Response, error, bool) {
		b.cluster.KeepControl()
		b.cluster.SleepControl(func() { <-release })
		return nil, nil, false
	})
	start := time.Now()
	d.Close()
	if took := time.Since(start); took > 3*time.Second {
		t.Fatalf("Close took %v with leaves unanswered; want about LeaveBound (%v)", took, LeaveBound)
	}
	free() // the broker's held LeaveGroup handlers end; the members are gone already
	goleak.VerifyNone(t, append(leakOpts(ignore),
		goleak.IgnoreAnyFunction("github.com/segmentio/kafka-go.(*conn).run"),
		goleak.IgnoreAnyFunction("github.com/segmentio/kafka-go.(*connPool).discover"))...)
}
