package source

import (
	"context"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/segmentio/kafka-go"

	"github.com/washboard/washboard/model"
)

// A view opened in the console (`v`, saved or not) keeps its topic read
// when the topic leaves the busiest, as a saved or configured view does,
// and the poll says why (ut25a Q3: the view of a topic that left the
// busiest three got no more records while its topic was written, and its
// keys read stale). Against the embedded broker: the pick moves from the
// viewed topic to another produced to, and the viewed topic stays tailed.
func TestAViewOpenedInTheConsoleKeepsItsTopicRead(t *testing.T) {
	b := startBroker(t, map[string]int32{"card": 1, "fulfilment": 2})
	store := model.NewStore(nil, model.DefaultLimits())
	var mu sync.Mutex
	var tailed []string
	p := &Poller{Client: client(t, b), Store: store, AutoWatch: 1, OnPartitions: func(ps []model.PartitionStat) {
		mu.Lock()
		defer mu.Unlock()
		tailed = tailed[:0]
		for _, x := range ps {
			if !slices.Contains(tailed, x.Topic) {
				tailed = append(tailed, x.Topic)
			}
		}
	}}
	ctx := context.Background()
	picked := func() []string {
		p.mu.Lock()
		defer p.mu.Unlock()
		return slices.Clone(p.auto)
	}
	busy := func(topic string) func() bool {
		return func() bool {
			produce(t, b, kafka.Message{Topic: topic, Value: []byte(`{"id":"s-1","kg":1.1}`)})
			p.PollOnce(ctx)
			var rate float64
			store.Read(func(st *model.State) {
				ts, _ := model.FindTopic(st.TopicStats, topic)
				rate = ts.Rate
			})
			return rate > 0 && slices.Equal(picked(), []string{topic})
		}
	}
	eventually(t, 15*time.Second, "fulfilment the busiest", busy("fulfilment"))
	v, err := model.ParseViewSpec("fulfilment", "series key=id fields=kg")
	if err != nil {
		t.Fatal(err)
	}
	if !store.AddView(v, time.Now()) {
		t.Fatal("the view was not added")
	}
	repick := busy("card")
	eventually(t, 15*time.Second, "card the busiest, fulfilment idle", func() bool {
		p.mu.Lock()
		p.autoAt = time.Time{} // the minute's pick again, now
		p.mu.Unlock()
		return repick()
	})
	var why map[string]string
	store.Read(func(st *model.State) { why = st.ReadWhy })
	mu.Lock()
	defer mu.Unlock()
	if !slices.Contains(tailed, "fulfilment") || why["fulfilment"] != openedWhy || why["card"] != "one of the busiest" {
		t.Fatalf("with card the busiest the tail reads %v, why %v: the viewed fulfilment must stay read, for %q", tailed, why, openedWhy)
	}
}
