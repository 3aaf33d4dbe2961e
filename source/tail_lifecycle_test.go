package source

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/twmb/franz-go/pkg/kerr"
	"github.com/twmb/franz-go/pkg/kfake"
	"github.com/twmb/franz-go/pkg/kmsg"

	"github.com/washboard/washboard/model"
)

func values(n int, prefix string) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = fmt.Sprintf("%s%d", prefix, i)
	}
	return out
}

func TestTailTopicLifecycle(t *testing.T) {
	cases := []struct {
		name string
		// act changes the cluster once the tail has read "old0".."old9" of
		// topic "life" (one partition) and sits at offset 10.
		act func(t *testing.T, c *kfake.Cluster)
		// want are Log lines (substrings) that must appear.
		want []string
	}{{
		name: "deleted and recreated, refilled below the old position",
		act: func(t *testing.T, c *kfake.Cluster) {
			if err := c.DeleteTopic("life"); err != nil {
				t.Fatal(err)
			}
			if err := c.CreateTopic("life", 1, nil); err != nil {
				t.Fatal(err)
			}
			send(t, producer(t, c), "life", 0, "new0", "new1")
		},
		want: []string{"0@0=new0", "0@1=new1", "note: "},
	}, {
		name: "partition added while running is read from its first record",
		act: func(t *testing.T, c *kfake.Cluster) {
			cl := producer(t, c)
			req := kmsg.NewPtrCreatePartitionsRequest()
			rt := kmsg.NewCreatePartitionsRequestTopic()
			rt.Topic, rt.Count = "life", 2
			req.Topics = append(req.Topics, rt)
			resp, err := req.RequestWith(context.Background(), cl)
			if err != nil || resp.Topics[0].ErrorCode != 0 {
				t.Fatalf("create partitions: %v %v", err, resp)
			}
			eventuallyProduce(t, c, "life", 1, "p1-0", "p1-1", "p1-2")
		},
		want: []string{"1@0=p1-0", "1@1=p1-1", "1@2=p1-2"},
	}, {
		name: "topic created while running is read from its first record",
		act: func(t *testing.T, c *kfake.Cluster) {
			if err := c.CreateTopic("later", 1, nil); err != nil {
				t.Fatal(err)
			}
			eventuallyProduce(t, c, "later", 0, "l0", "l1")
		},
		want: []string{"later 0@0=l0", "later 0@1=l1"},
	}, {
		name: "records removed under the position: out of range resumes at the log start",
		act: func(t *testing.T, c *kfake.Cluster) {
			// Hold the tail's next fetch while 10 more records arrive and
			// the first 15 are deleted: it then asks for offset 10, gone.
			release := make(chan struct{})
			held := make(chan struct{})
			var once sync.Once
			c.ControlKey(int16(kmsg.Fetch), func(kmsg.Request) (kmsg.Response, error, bool) {
				first := false
				once.Do(func() { first = true })
				if first { // only the first fetch sleeps; others pass while it does
					close(held)
					c.SleepControl(func() { <-release })
				}
				return nil, nil, false
			})
			<-held
			send(t, producer(t, c), "life", 0, values(10, "more")...)
			if err := c.DeleteRecords("life", 0, 15); err != nil {
				t.Fatal(err)
			}
			close(release)
		},
		want: []string{"0@15 note: offset 10 is out of range", "resumed at the log start 15", "0@15=more5", "0@19=more9"},
	}, {
		name: "a fetch that keeps failing shows its error",
		act: func(t *testing.T, c *kfake.Cluster) {
			c.Fault(kfake.Fault{Keys: []kmsg.Key{kmsg.Fetch}, Topic: "life", Err: kerr.CorruptMessage, Count: -1})
		},
		want: []string{"error: fetch life/0: "},
	}}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c := kcluster(t, 1, map[string]int32{"life": 1})
			send(t, producer(t, c), "life", 0, values(10, "old")...)
			_, store := tailCluster(t, c, TailConfig{Start: Start{Mode: StartBeginning}}, Watch{All: true})
			eventually(t, 10*time.Second, "the 10 old records", func() bool { return has(logged(store, "life"), "0@9=old9") })
			tc.act(t, c)
			eventually(t, 15*time.Second, fmt.Sprintf("log lines %q", tc.want), func() bool {
				lines := append(logged(store, "life"), prefixed(logged(store, "later"), "later ")...)
				lines = append(lines, tailErrs(store)...)
				for _, w := range tc.want {
					if !has(lines, w) {
						return false
					}
				}
				return true
			})
		})
	}
}

// eventuallyProduce produces once the new partition is known to the
// producer's metadata (a fresh topic may take a refresh).
func eventuallyProduce(t *testing.T, c *kfake.Cluster, topic string, partition int32, vs ...string) {
	t.Helper()
	send(t, producer(t, c), topic, partition, vs...)
}

func prefixed(lines []string, p string) []string {
	for i := range lines {
		lines[i] = p + lines[i]
	}
	return lines
}

// tailErrs is the tail's per-partition errors as "error: text" lines.
func tailErrs(store *model.Store) []string {
	var out []string
	store.Read(func(st *model.State) {
		for _, e := range st.Tail.Errs {
			out = append(out, "error: "+e)
		}
	})
	return out
}

func TestTailNoticesAHighWatermarkBelowItsPosition(t *testing.T) {
	// The topic is replaced between two polls, so the tail never sees it
	// gone: only the high watermark (2, under the position 10) says so.
	c := kcluster(t, 1, map[string]int32{"wiped": 1})
	send(t, producer(t, c), "wiped", 0, values(10, "old")...)
	store := model.NewStore(nil, model.DefaultLimits())
	cl := clusterClient(t, c)
	tail := NewTail(TailConfig{Client: cl, Store: store, Start: Start{Mode: StartBeginning}})
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { tail.Run(ctx); close(done) }()
	defer func() { cancel(); <-done }()
	tail.Follow(ctx, []model.PartitionStat{{Topic: "wiped", Partition: 0, Leader: int(c.LeaderFor("wiped", 0)), Low: 0, High: 10}})
	eventually(t, 10*time.Second, "the old records", func() bool { return has(logged(store, "wiped"), "0@9=old9") })
	if err := c.DeleteTopic("wiped"); err != nil {
		t.Fatal(err)
	}
	if err := c.CreateTopic("wiped", 1, nil); err != nil {
		t.Fatal(err)
	}
	send(t, producer(t, c), "wiped", 0, "new0", "new1")
	// Polls: the same partition, same leader, a high watermark of 2.
	eventually(t, 10*time.Second, "records 0 and 1 of the new log and a note", func() bool {
		tail.Follow(ctx, []model.PartitionStat{{Topic: "wiped", Partition: 0, Leader: int(c.LeaderFor("wiped", 0)), Low: 0, High: 2}})
		l := logged(store, "wiped")
		return has(l, "0@0=new0") && has(l, "0@1=new1") && has(l, "fell below the read position 10")
	})
}

// A topic the tail stopped reading (the busiest pick moved away, a view
// closed) and then reads again resumes where it stopped: before, it was
// read again from its first record, so the Log held every record twice
// or three times, with the counts and the export repeating them (ut22b
// N1), and a large topic was read whole again.
func TestTailResumesATopicItStoppedReading(t *testing.T) {
	c := kcluster(t, 1, map[string]int32{"pick": 1, "other": 1})
	send(t, producer(t, c), "pick", 0, values(10, "a")...)
	store := model.NewStore(nil, model.DefaultLimits())
	tail := NewTail(TailConfig{Client: clusterClient(t, c), Store: store, Start: Start{Mode: StartBeginning}})
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { tail.Run(ctx); close(done) }()
	defer func() { cancel(); <-done }()
	pick := func(high int64) model.PartitionStat {
		return model.PartitionStat{Topic: "pick", Partition: 0, Leader: int(c.LeaderFor("pick", 0)), High: high}
	}
	other := model.PartitionStat{Topic: "other", Partition: 0, Leader: int(c.LeaderFor("other", 0))}
	tail.Follow(ctx, []model.PartitionStat{pick(10), other})
	eventually(t, 10*time.Second, "the first 10 records", func() bool { return has(logged(store, "pick"), "0@9=a9") })
	eventually(t, 10*time.Second, "the tail to stop reading pick", func() bool {
		tail.Follow(ctx, []model.PartitionStat{other}) // polls that no longer list it
		return tail.Following() == 1
	})
	send(t, producer(t, c), "pick", 0, values(5, "b")...)
	eventually(t, 10*time.Second, "the 5 records produced meanwhile", func() bool {
		tail.Follow(ctx, []model.PartitionStat{pick(15), other})
		return has(logged(store, "pick"), "0@14=b4")
	})
	seen := map[string]int{}
	for _, l := range logged(store, "pick") {
		if seen[l]++; seen[l] > 1 {
			t.Errorf("%q is held %d times", l, seen[l])
		}
	}
	if len(seen) != 15 {
		t.Errorf("held %d records of pick, want 15: %v", len(seen), seen)
	}
}
