package source

import (
	"context"
	"fmt"
	"syscall"
	"testing"
	"time"

	"github.com/segmentio/kafka-go"

	"github.com/washboard/washboard/model"
	"github.com/washboard/washboard/model/serde"
)

// startBroker runs an embedded broker on a free loopback port for one test.
// Auto-creation is on, as on many real clusters, so a request that asks
// for it would create the topic and the no-side-effect tests can fail.
func startBroker(t *testing.T, topics map[string]int32) *Broker {
	t.Helper()
	cfg := DefaultBrokerConfig()
	cfg.Listen, cfg.AutoCreateTopics = "127.0.0.1:0", true
	if topics != nil {
		cfg.Topics = topics
	}
	b, err := StartBroker(cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(b.Close)
	return b
}

func conn(b *Broker) Conn { return Conn{Brokers: []string{b.Addr()}, ClientID: "washboard-test"} }

func client(t *testing.T, b *Broker) *kafka.Client {
	t.Helper()
	c, err := conn(b).Client()
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// eventually polls cond until it holds or the deadline passes: a condition
// wait, not a sleep.
func eventually(t *testing.T, within time.Duration, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(within)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out after %v waiting for %s", within, what)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// onEveryChange calls cond at once and again at each change of store
// (Store.Changed) until it holds, so a test sees every state the writers
// leave between its reads, not one per 20 ms sample; it fails after
// within.
func onEveryChange(t *testing.T, store *model.Store, within time.Duration, what string, cond func() bool) {
	t.Helper()
	deadline := time.After(within)
	for {
		_, changed := store.Changed()
		if cond() {
			return
		}
		select {
		case <-changed:
		case <-deadline:
			t.Fatalf("timed out after %v waiting for %s", within, what)
		}
	}
}

// runTail starts a poller and a tail over store for the test's lifetime.
func runTail(t *testing.T, b *Broker, store *model.Store, watch Watch, start Start) *Tail {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	c := client(t, b)
	tail := NewTail(TailConfig{Client: c, Store: store, Start: start})
	p := &Poller{Client: c, Store: store, Watch: watch, Interval: 200 * time.Millisecond, OnPartitions: tail.FollowHook(ctx)}
	done := make(chan struct{}, 2)
	go func() { tail.Run(ctx); done <- struct{}{} }()
	go func() { p.Run(ctx); done <- struct{}{} }()
	t.Cleanup(func() { cancel(); <-done; <-done })
	return tail
}

func produce(t *testing.T, b *Broker, msgs ...kafka.Message) {
	t.Helper()
	tr, err := conn(b).Transport()
	if err != nil {
		t.Fatal(err)
	}
	w := &kafka.Writer{Addr: kafka.TCP(b.Addr()), Transport: tr, Balancer: SeedBalancer{}, BatchTimeout: time.Millisecond}
	defer w.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := w.WriteMessages(ctx, msgs...); err != nil {
		t.Fatal(err)
	}
}

// deadAddr is a loopback address where nothing listens, reserved for the
// test: a socket bound but never listening, so connecting is refused and
// no other process can take the port in between.
func deadAddr(t *testing.T) string {
	t.Helper()
	fd, err := syscall.Socket(syscall.AF_INET, syscall.SOCK_STREAM, 0)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = syscall.Close(fd) })
	if err := syscall.Bind(fd, &syscall.SockaddrInet4{Addr: [4]byte{127, 0, 0, 1}}); err != nil {
		t.Fatal(err)
	}
	sa, err := syscall.Getsockname(fd)
	if err != nil {
		t.Fatal(err)
	}
	return fmt.Sprintf("127.0.0.1:%d", sa.(*syscall.SockaddrInet4).Port)
}

func serdeCompile(avsc string) (*serde.Schema, error) { return serde.Compile(serde.Source{Text: avsc}) }
