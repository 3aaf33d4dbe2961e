package source

import (
	"context"
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/segmentio/kafka-go"

	"github.com/washboard/washboard/model"
)

// ut34a-11: `w` from `-1m` on a topic the Log already tails read every
// record a second time into the Log (offsets 1120,1121,1122,1120,1121,1122).
// Read again from an earlier time, the Log holds each record once, a
// partition's rows in offset order, and counts it read once.
func TestWatchATopicTheLogTailsHoldsEachRecordOnce(t *testing.T) {
	b := startBroker(t, map[string]int32{"orders": 2})
	send := func(from, to int) error {
		var msgs []kafka.Message
		for p := range 2 {
			for i := from; i < to; i++ {
				msgs = append(msgs, kafka.Message{Topic: "orders", Partition: p, Value: []byte(fmt.Sprint(i))})
			}
		}
		tr, err := conn(b).Transport()
		if err != nil {
			return err
		}
		w := &kafka.Writer{Addr: kafka.TCP(b.Addr()), Transport: tr, RequiredAcks: kafka.RequireAll, BatchTimeout: time.Millisecond,
			Balancer: kafka.BalancerFunc(func(m kafka.Message, _ ...int) int { return m.Partition })}
		defer w.Close()
		return w.WriteMessages(context.Background(), msgs...)
	}
	if err := send(0, 6); err != nil {
		t.Fatal(err)
	}

	store := model.NewStore(nil, model.DefaultLimits())
	ctx, cancel := context.WithCancel(context.Background())
	c := client(t, b)
	tail := NewTail(TailConfig{Client: c, Store: store, Start: DefaultStart()})
	watches := NewWatches(c, tail, 1)
	p := &Poller{Client: c, Store: store, Watch: Watch{Topics: []string{"orders"}}, Interval: 100 * time.Millisecond,
		OnPartitions: tail.FollowHook(ctx), Watches: watches}
	done := make(chan struct{}, 2)
	go func() { tail.Run(ctx); done <- struct{}{} }()
	go func() { p.Run(ctx); done <- struct{}{} }()
	t.Cleanup(func() { cancel(); <-done; <-done })

	want := func(n int) bool {
		h := held(store, "orders")
		return len(h[0]) >= n && len(h[1]) >= n
	}
	eventually(t, 10*time.Second, "the tail reads orders", func() bool { return want(6) })
	// The topic is written while w is chosen, as the demo's are: the tail's
	// fetches in flight then bring new records as the read moves back.
	written := make(chan struct{})
	go func() {
		defer close(written)
		for i := 6; i < 30; i++ {
			if err := send(i, i+1); err != nil {
				t.Error(err)
				return
			}
		}
	}()
	pos, _ := ParsePosition("-1m", time.Now())
	if _, err := watches.Watch(ctx, "alice", "orders", pos); err != nil {
		t.Fatal(err)
	}
	<-written
	eventually(t, 10*time.Second, "the new records", func() bool { return want(30) })
	for part, offs := range held(store, "orders") {
		if !slices.IsSorted(offs) || len(slices.Compact(slices.Clone(offs))) != len(offs) {
			t.Errorf("partition %d held %v: want each record once, in offset order", part, offs)
		}
	}
	var read uint64
	store.Read(func(st *model.State) { read = st.Rate.Total() })
	if read != 60 {
		t.Errorf("read %d records, want 60 (each once)", read)
	}
}
