package source

import (
	"context"
	"testing"
	"time"

	"github.com/washboard/washboard/model"
)

// A topic deleted and recreated with other configs between two polls has
// its configs read again at once, not after the ten-minute schedule: a
// tailed topic by its new topic id (it holds no records, so its high
// watermark says nothing), a topic nobody reads by its high watermark
// falling back (ut21a X-2: retention.ms 90m shown for a topic recreated
// at Kafka's default). kfake over TCP; kadm (franz-go) deletes and
// creates, as another operator would.
func TestRecreatedTopicsConfigsAreReadAgain(t *testing.T) {
	b := startBroker(t, nil)
	ctx := context.Background()
	create := func(topic, retention string) {
		t.Helper()
		var cfg map[string]*string
		if retention != "" {
			cfg = map[string]*string{"retention.ms": &retention}
		}
		if _, err := adm(t, b).CreateTopic(ctx, 1, 1, cfg, topic); err != nil {
			t.Fatal(err)
		}
	}
	create("tailed", "5400000")
	create("unread", "5400000")
	fill(t, b, "unread", 3, 0)
	store := model.NewStore(nil, model.DefaultLimits())
	p := newPoller(t, b, store, Watch{Topics: []string{"tailed"}}, model.LagConfig{})
	p.ConfigsEvery = time.Hour
	value := func(topic string) string {
		var v string
		store.Read(func(st *model.State) { v, _ = st.Configs[topic].Value("retention.ms") })
		return v
	}
	eventually(t, 10*time.Second, "both topics' configs read", func() bool {
		p.PollOnce(ctx)
		return value("tailed") == "5400000" && value("unread") == "5400000"
	})
	p.PollOnce(ctx) // the tailed topic's id is known

	if _, err := adm(t, b).DeleteTopics(ctx, "tailed", "unread"); err != nil {
		t.Fatal(err)
	}
	eventually(t, 10*time.Second, "the topics gone", func() bool {
		td, err := adm(t, b).ListTopics(ctx)
		return err == nil && !td.Has("tailed") && !td.Has("unread")
	})
	create("tailed", "")
	create("unread", "")
	// two polls: the first sees the new topic id (after its configs are
	// read), the second reads them
	p.PollOnce(ctx)
	p.PollOnce(ctx)
	for _, topic := range []string{"tailed", "unread"} {
		if got := value(topic); got != "604800000" {
			t.Errorf("%s: after it was recreated at Kafka's default the console reads retention.ms=%s, want 604800000", topic, got)
		}
	}
}
