package source

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/segmentio/kafka-go"
	"github.com/segmentio/kafka-go/protocol"
	"github.com/twmb/franz-go/pkg/kfake"
	"github.com/twmb/franz-go/pkg/kmsg"

	"github.com/washboard/washboard/model"
)

// holdFetches makes the broker hold every Fetch from now on until release
// is closed, and returns once one is held: the tail is then between two
// fetches for as long as the test needs.
func holdFetches(t *testing.T, c *kfake.Cluster) (release func()) {
	t.Helper()
	ch := make(chan struct{})
	held := make(chan struct{})
	var once sync.Once
	c.ControlKey(int16(kmsg.Fetch), func(kmsg.Request) (kmsg.Response, error, bool) {
		c.KeepControl()
		once.Do(func() { close(held) })
		c.SleepControl(func() { <-ch })
		return nil, nil, false
	})
	select {
	case <-held:
	case <-time.After(10 * time.Second):
		t.Fatal("no Fetch arrived to hold")
	}
	var closeOnce sync.Once
	release = func() { closeOnce.Do(func() { close(ch) }) }
	t.Cleanup(release)
	return release
}

// A topic deleted, recreated and refilled past the tail's position
// between two of its fetches looks like the old one to a position check
// (the high watermark 15 is above the position 10): only its topic id
// (Metadata v10+) tells them apart. The tail must read the new topic from
// its first record and say so.
func TestTailNoticesATopicRecreatedAndRefilledPastItsPosition(t *testing.T) {
	// Two partitions on a 3-broker cluster, recreated with one.
	c := kcluster(t, 3, map[string]int32{"life": 2})
	send(t, producer(t, c), "life", 0, values(10, "old")...)
	tail, store := tailCluster(t, c, TailConfig{Start: Start{Mode: StartBeginning}}, Watch{Topics: []string{"life"}})
	eventually(t, 10*time.Second, "the 10 old records", func() bool { return has(logged(store, "life"), "0@9=old9") })

	release := holdFetches(t, c)
	if err := c.DeleteTopic("life"); err != nil {
		t.Fatal(err)
	}
	if err := c.CreateTopic("life", 1, nil); err != nil {
		t.Fatal(err)
	}
	send(t, producer(t, c), "life", 0, values(15, "new")...)
	eventually(t, 10*time.Second, "the Log to say the topic was recreated", func() bool {
		return has(logged(store, "life"), "note: topic life has a new topic id (deleted and recreated, or its cluster replaced): reading it again from the start")
	})
	release()
	want := values(15, "new")
	eventually(t, 10*time.Second, "every record of the new topic, from its first, and only its one partition read", func() bool {
		if tail.Following() != 1 {
			return false
		}
		l := logged(store, "life")
		for i, v := range want {
			if !has(l, fmt.Sprintf("0@%d=%s", i, v)) {
				return false
			}
		}
		return true
	})
}

// A topic deleted while watched: the Log says so when the deletion is
// seen, its partitions are no longer fetched (no error on their rows, no
// requests for them), and when it is created again it is read from its
// first record.
func TestTailSaysAWatchedTopicWasDeletedAndReadsItWhenItComesBack(t *testing.T) {
	c := kcluster(t, 3, map[string]int32{"gone": 2, "stays": 1})
	cl := producer(t, c)
	send(t, cl, "gone", 0, "g0")
	send(t, cl, "gone", 1, "g1")
	var fetchesOfGone atomic.Int64
	tail, store := tailCluster(t, c, TailConfig{Start: Start{Mode: StartBeginning}}, Watch{Topics: []string{"gone", "stays"}})
	eventually(t, 10*time.Second, "the records of gone", func() bool { l := logged(store, "gone"); return has(l, "0@0=g0") && has(l, "1@0=g1") })

	if err := c.DeleteTopic("gone"); err != nil {
		t.Fatal(err)
	}
	eventually(t, 5*time.Second, "the Log to say gone was deleted, and the tail to stop reading it", func() bool {
		return has(logged(store, "gone"), "note: topic gone was deleted: no longer read") && tail.Following() == 1
	})
	c.ControlKey(int16(kmsg.Fetch), func(req kmsg.Request) (kmsg.Response, error, bool) {
		c.KeepControl()
		for _, rt := range req.(*kmsg.FetchRequest).Topics {
			if rt.Topic == "gone" {
				fetchesOfGone.Add(1)
			}
		}
		return nil, nil, false
	})
	send(t, cl, "stays", 0, "s0")
	eventually(t, 10*time.Second, "a record of the topic that stays", func() bool { return has(logged(store, "stays"), "0@0=s0") })
	if n := fetchesOfGone.Load(); n > 0 {
		t.Errorf("%d Fetch requests still named the deleted topic", n)
	}
	if errs := tailErrs(store); len(errs) > 0 {
		t.Errorf("partition errors after the deletion: %v", errs)
	}
	if n := strings.Count(strings.Join(logged(store, "gone"), "\n"), "was deleted"); n != 1 {
		t.Errorf("the deletion is said %d times, want once: %v", n, logged(store, "gone"))
	}

	if err := c.CreateTopic("gone", 1, nil); err != nil {
		t.Fatal(err)
	}
	send(t, producer(t, c), "gone", 0, "back0", "back1")
	eventually(t, 10*time.Second, "the topic read again from its first record, with a word", func() bool {
		l := logged(store, "gone")
		return has(l, "0@0=back0") && has(l, "0@1=back1") && has(l, "note: topic gone has a new topic id (deleted and recreated, or its cluster replaced): reading it again from the start")
	})
}

// A leader that moves (or whose broker leaves) is followed at once: the
// fetch that answers NOT_LEADER_OR_FOLLOWER, or fails, makes the tail read
// fresh metadata itself. The poller here polls once a minute and kafka-go
// refreshes its metadata every 10 s, as in production: neither can be
// what makes the tail resume within the bound.
func TestTailFollowsAMovedLeaderAtOnce(t *testing.T) {
	for _, tc := range []struct {
		name string
		act  func(c *kfake.Cluster, from int32) error
	}{
		{"leader moved", func(c *kfake.Cluster, from int32) error { return c.MoveTopicPartition("moving", 0, (from+1)%3) }},
		{"leader's broker removed", func(c *kfake.Cluster, from int32) error { return c.RemoveNode(from) }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := kcluster(t, 3, map[string]int32{"moving": 1})
			tr, err := Conn{Brokers: c.ListenAddrs(), ClientID: "washboard-test"}.Transport()
			if err != nil {
				t.Fatal(err)
			}
			client := &kafka.Client{Addr: kafka.TCP(c.ListenAddrs()...), Transport: tr, Timeout: 10 * time.Second}
			store := model.NewStore(nil, model.DefaultLimits())
			ctx, cancel := context.WithCancel(context.Background())
			tail := NewTail(TailConfig{Client: client, Store: store, Start: Start{Mode: StartBeginning}})
			p := &Poller{Client: client, Store: store, Watch: Watch{Topics: []string{"moving"}}, Interval: time.Minute, OnPartitions: tail.FollowHook(ctx)}
			var wg sync.WaitGroup
			wg.Go(func() { tail.Run(ctx) })
			wg.Go(func() { p.Run(ctx) })
			t.Cleanup(func() { cancel(); wg.Wait() })

			cl := producer(t, c)
			send(t, cl, "moving", 0, "before")
			eventually(t, 10*time.Second, "the record before the move", func() bool { return has(logged(store, "moving"), "0@0=before") })
			from := c.LeaderFor("moving", 0)
			if err := tc.act(c, from); err != nil {
				t.Fatal(err)
			}
			send(t, cl, "moving", 0, "after")
			eventually(t, 3*time.Second, fmt.Sprintf("the record after the leader left broker %d, well before a poll or a metadata refresh", from),
				func() bool { return has(logged(store, "moving"), "0@1=after") })
		})
	}
}

func TestToNthBrokerTriesEachBrokerInTurn(t *testing.T) {
	c := protocol.Cluster{Controller: 2, Brokers: map[int32]protocol.Broker{
		1: {ID: 1}, 2: {ID: 2}, 3: {ID: 3},
	}}
	for n, want := range []int32{2, 1, 3, 1, 3} {
		b, err := toNthBroker(n)(c)
		if err != nil || b.ID != want {
			t.Errorf("try %d: broker %d (%v), want %d", n, b.ID, err, want)
		}
	}
}

// A topic whose id the polls give: a partition a stale listing brings
// back after it went (a topic recreated with fewer partitions, seen
// through kafka-go's 10 s metadata cache) gets no "back" note; without
// ids the note stays, as the only word on a recreated topic (a user test,
// issue 9).
func TestNoBackNoteForAStaleListingOfATopicWithAnID(t *testing.T) {
	for _, withID := range []bool{true, false} {
		tail := NewTail(TailConfig{Store: model.NewStore(nil, model.DefaultLimits())})
		list := func(n int) []model.PartitionStat {
			var out []model.PartitionStat
			for i := range n {
				p := model.PartitionStat{Topic: "cats", Partition: i, High: 10}
				if withID {
					p.TopicID = [16]byte{7}
				}
				out = append(out, p)
			}
			return out
		}
		now := time.Now()
		tail.apply(list(8), now)
		for range forgetAfter {
			tail.apply(list(6), now) // partitions 6 and 7 go
		}
		_, notes := tail.apply(list(8), now) // a stale listing
		var back int
		for _, n := range notes {
			if strings.Contains(n.Note, "is back") {
				back++
			}
		}
		if want := map[bool]int{true: 0, false: 2}[withID]; back != want {
			t.Errorf("with id %v: %d back notes, want %d (%v)", withID, back, want, notes)
		}
	}
}
