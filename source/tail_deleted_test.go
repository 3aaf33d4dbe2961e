package source

import (
	"sync"
	"testing"
	"time"

	"github.com/twmb/franz-go/pkg/kmsg"
)

// A watched topic deleted leaves the tail as idle as before: the broker's
// fetch session kept the deleted partitions and answered every Fetch at
// once with their error, so the loop sent ~10,000 Fetch a second (a user
// test of issue 9: 35-60 % of a core, and as much of the broker's).
func TestADeletedTopicLeavesTheTailIdle(t *testing.T) {
	c := kcluster(t, 1, map[string]int32{"gone": 2, "stays": 1})
	cl := producer(t, c)
	send(t, cl, "gone", 0, "g0")
	tail, store := tailCluster(t, c, TailConfig{Start: Start{Mode: StartBeginning}}, Watch{Topics: []string{"gone", "stays"}})
	eventually(t, 10*time.Second, "the records of gone", func() bool { return has(logged(store, "gone"), "0@0=g0") })
	if err := c.DeleteTopic("gone"); err != nil {
		t.Fatal(err)
	}
	eventually(t, 5*time.Second, "deleted", func() bool {
		return has(logged(store, "gone"), "was deleted") && tail.Following() == 1
	})
	var mu sync.Mutex
	counts := map[string]int{}
	c.Control(func(req kmsg.Request) (kmsg.Response, error, bool) {
		c.KeepControl()
		mu.Lock()
		counts[kmsg.NameForKey(req.Key())]++
		mu.Unlock()
		return nil, nil, false
	})
	time.Sleep(3 * time.Second) // the measured idle interval itself, not a synchronisation
	mu.Lock()
	defer mu.Unlock()
	// MaxWait 500 ms: about 6 long polls in 3 s, one broker.
	if n := counts["Fetch"]; n > 20 {
		t.Fatalf("%d Fetch requests in 3 idle seconds after the deletion (%v); want about 6", n, counts)
	}
}
