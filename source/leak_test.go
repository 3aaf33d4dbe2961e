package source

import (
	"context"
	"sync"
	"testing"
	"time"

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
