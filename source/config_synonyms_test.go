package source

import (
	"context"
	"slices"
	"testing"
	"time"

	"github.com/washboard/washboard/model"
)

// A default the broker sets (the embedded broker's log.retention.bytes,
// 8 MiB) is what a topic's retention.bytes falls back to, where the broker
// lists it under its own name with no synonym (kfake) as where Kafka lists
// it as the topic config's synonym: E says `it stays 8 MiB, the broker's
// own setting`, not `-1, Kafka's default` (ut32b Zb7), and the detail
// lists it as retention.bytes, the name E and C take.
func TestTopicConfigFallsBackToTheBrokersSetting(t *testing.T) {
	b := startBroker(t, nil) // log.retention.bytes 8 MiB, message.max.bytes 16 MiB
	a := NewAdmin(client(t, b))
	ctx := context.Background()
	if err := a.CreateTopic(ctx, model.TopicSpec{Name: "plain", Partitions: 1, Replicas: 1}); err != nil {
		t.Fatal(err)
	}
	if err := a.CreateTopic(ctx, model.TopicSpec{Name: "own", Partitions: 1, Replicas: 1, Configs: map[string]string{"retention.bytes": "1048576"}}); err != nil {
		t.Fatal(err)
	}
	const broker = "the broker's own setting"
	for _, tc := range []struct {
		topic, name string
		want        model.ConfigRead
	}{
		{"plain", "retention.bytes", model.ConfigRead{Value: "8388608", Set: true, Default: "8388608", DefaultSet: true, DefaultFrom: broker}},
		{"plain", "max.message.bytes", model.ConfigRead{Value: "16777216", Set: true, Default: "16777216", DefaultSet: true, DefaultFrom: broker}},
		{"own", "retention.bytes", model.ConfigRead{Value: "1048576", Set: true, OnTopic: true, Default: "8388608", DefaultSet: true, DefaultFrom: broker}},
		{"plain", "retention.ms", model.ConfigRead{Value: "604800000", Set: true, Default: "604800000", DefaultSet: true, DefaultFrom: "Kafka's default"}},
	} {
		got, err := a.TopicConfig(ctx, tc.topic, tc.name)
		if err != nil || got != tc.want {
			t.Errorf("%s %s: %+v (%v), want %+v", tc.topic, tc.name, got, err, tc.want)
		}
	}
	p := newPoller(t, b, model.NewStore(nil, model.DefaultLimits()), Watch{}, model.LagConfig{})
	for topic, want := range map[string]string{"plain": "8388608", "own": "1048576"} {
		var names []string
		var value string
		for _, e := range p.describeConfigs(ctx, time.Now(), []string{topic})[topic].Entries {
			names = append(names, e.Name)
			if e.Name == "retention.bytes" {
				value = e.Value
			}
		}
		if slices.Contains(names, "log.retention.bytes") || value != want {
			t.Errorf("%s's configs %v: retention.bytes %q, want it named as a topic's config and %s", topic, names, value, want)
		}
	}
}
