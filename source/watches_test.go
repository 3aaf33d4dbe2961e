package source

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/segmentio/kafka-go"

	"github.com/washboard/washboard/model"
)

func TestParsePosition(t *testing.T) {
	now := time.Date(2026, 11, 29, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		in      string
		mode    string
		last    int64
		at      time.Time
		offsets map[int]int64
		bad     bool
	}{
		{in: "end", mode: "end"},
		{in: "beginning", mode: "beginning"},
		{in: "last:20", mode: "last", last: 20},
		{in: "20", mode: "last", last: 20},
		{in: "-15m", mode: "time", at: now.Add(-15 * time.Minute)},
		{in: "2026-11-29T08:00", mode: "time", at: time.Date(2026, 11, 29, 8, 0, 0, 0, time.UTC)},
		{in: "0=120,3=40", mode: "offsets", offsets: map[int]int64{0: 120, 3: 40}},
		{in: "-15", bad: true},
		{in: "0=x", bad: true},
		{in: "yesterday", bad: true},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			p, err := ParsePosition(tt.in, now)
			if tt.bad {
				if err == nil {
					t.Fatalf("%q parsed as %+v, want an error", tt.in, p)
				}
				return
			}
			if err != nil || p.Mode.String() != tt.mode || p.Last != tt.last || !p.Time.Equal(tt.at) || fmt.Sprint(p.Offsets) != fmt.Sprint(tt.offsets) {
				t.Fatalf("%q: %+v %v", tt.in, p, err)
			}
		})
	}
}

// held is the offsets of topic's records in the store's log, per partition.
func held(store *model.Store, topic string) map[int][]int64 {
	out := map[int][]int64{}
	store.Read(func(st *model.State) {
		for i := range st.Log.Len() {
			r := st.Log.At(i)
			if r.Topic == topic {
				out[r.Partition] = append(out[r.Partition], r.Offset)
			}
		}
	})
	return out
}

func TestWatchATopicFromAChosenPlace(t *testing.T) {
	b := startBroker(t, map[string]int32{"orders": 2, "other": 1})
	// Five old records per partition (an hour ago), then five new ones.
	old := time.Now().Add(-time.Hour)
	var msgs []kafka.Message
	for p := range 2 {
		for i := range 10 {
			at := old
			if i >= 5 {
				at = time.Now()
			}
			msgs = append(msgs, kafka.Message{Topic: "orders", Partition: p, Value: []byte(fmt.Sprint(i)), Time: at})
		}
	}
	tr, err := conn(b).Transport()
	if err != nil {
		t.Fatal(err)
	}
	w := &kafka.Writer{Addr: kafka.TCP(b.Addr()), Transport: tr, RequiredAcks: kafka.RequireAll, BatchTimeout: time.Millisecond,
		Balancer: kafka.BalancerFunc(func(m kafka.Message, _ ...int) int { return m.Partition })}
	if err := w.WriteMessages(context.Background(), msgs...); err != nil {
		t.Fatal(err)
	}
	_ = w.Close()

	store := model.NewStore(nil, model.DefaultLimits())
	ctx, cancel := context.WithCancel(context.Background())
	c := client(t, b)
	tail := NewTail(TailConfig{Client: c, Store: store, Start: DefaultStart()})
	watches := NewWatches(c, tail, 1)
	p := &Poller{Client: c, Store: store, Watch: Watch{Topics: []string{"nothing"}}, Interval: 100 * time.Millisecond,
		OnPartitions: tail.FollowHook(ctx), Watches: watches}
	done := make(chan struct{}, 2)
	go func() { tail.Run(ctx); done <- struct{}{} }()
	go func() { p.Run(ctx); done <- struct{}{} }()
	t.Cleanup(func() { cancel(); <-done; <-done })

	if len(held(store, "orders")) != 0 {
		t.Fatal("orders read before anyone chose it")
	}
	pos, _ := ParsePosition("-30m", time.Now())
	words, err := watches.Watch(ctx, "alice", "orders", pos)
	if err != nil {
		t.Fatal(err)
	}
	eventually(t, 10*time.Second, "the five new records of each partition", func() bool {
		h := held(store, "orders")
		return len(h[0]) == 5 && len(h[1]) == 5 && h[0][0] == 5
	})
	if !strings.Contains(words, "reading orders into the Log from") {
		t.Errorf("words: %q", words)
	}
	var chosen []string
	store.Read(func(st *model.State) { chosen = st.ChosenOnly })
	if fmt.Sprint(chosen) != "[orders]" {
		t.Errorf("ChosenOnly %v, want [orders]: other sessions hide it", chosen)
	}

	// Offsets per partition, one past the end: clamped, and said.
	pos, _ = ParsePosition("0=8,1=12345", time.Now())
	words, err = watches.Watch(ctx, "alice", "orders", pos)
	// offsets grouped as every table writes them (ut23: `offset 2340`)
	if err != nil || !strings.Contains(words, "offset 12,345 is past the end: starts at the end, offset 10") {
		t.Fatalf("offsets past the end: %q %v", words, err)
	}
	// Another session reads it again from the beginning: the Log is shared,
	// and holds every record once (the old five of each partition are new
	// to it; the five held are not appended again, and the partition keeps
	// its offset order: its held rows come again after the old ones).
	pos, _ = ParsePosition("beginning", time.Now())
	if _, err := watches.Watch(ctx, "bob", "orders", pos); err != nil {
		t.Fatal(err)
	}
	eventually(t, 10*time.Second, "each record of orders once", func() bool {
		h := held(store, "orders")
		return len(h[0]) >= 10 && len(h[1]) >= 10
	})
	for part, offs := range held(store, "orders") {
		if got := fmt.Sprint(offs); got != "[0 1 2 3 4 5 6 7 8 9]" {
			t.Errorf("partition %d held %s, want each record once", part, got)
		}
	}
	// An offset for a partition the topic does not have is refused in words.
	pos, _ = ParsePosition("0=1,7=5", time.Now())
	if _, err := watches.Watch(ctx, "alice", "orders", pos); err == nil || !strings.Contains(err.Error(), "orders has no partition 7 (it has partitions 0-1)") {
		t.Fatalf("a partition that does not exist: %v", err)
	}
	// The bound: one chosen topic at most here, and orders is it.
	if _, err := watches.Watch(ctx, "bob", "other", pos); err == nil || !strings.Contains(err.Error(), "at once") {
		t.Fatalf("a topic past the bound was accepted: %v", err)
	}
	watches.Unwatch("alice", "orders")
	watches.Unwatch("bob", "orders")
	if len(watches.Topics()) != 0 {
		t.Fatalf("still watched: %v", watches.Topics())
	}
	// A topic that does not exist: refused in words, and not created.
	if _, err := watches.Watch(ctx, "bob", "missing", pos); err == nil || !strings.Contains(err.Error(), "missing") {
		t.Fatalf("watching a topic that does not exist: %v", err)
	}
	meta, err := c.Metadata(ctx, &kafka.MetadataRequest{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tp := range meta.Topics {
		if tp.Name == "missing" {
			t.Fatal("watching created the topic")
		}
	}
}
