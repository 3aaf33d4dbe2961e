package source

import (
	"context"
	"testing"

	"github.com/twmb/franz-go/pkg/kmsg"

	"github.com/washboard/washboard/model"
)

// TopicConfig says what a topic's setting falls back to when it is
// deleted, from DescribeConfigs' synonyms (ut16b E17: the preview said
// "(the default)" without its value), and a setting the topic does not
// make is its own default; deleting the topic's setting leaves exactly
// that value, read back by another client.
func TestTopicConfigSaysTheDefault(t *testing.T) {
	b := startBroker(t, nil)
	a := NewAdmin(client(t, b))
	ctx := context.Background()
	if err := a.CreateTopic(ctx, model.TopicSpec{Name: "archive", Partitions: 1, Replicas: 1, Configs: map[string]string{"retention.ms": "5400000"}}); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		want model.ConfigRead
	}{
		{"retention.ms", model.ConfigRead{Value: "5400000", Set: true, OnTopic: true, Default: "604800000", DefaultSet: true, DefaultFrom: "Kafka's default"}},
		{"cleanup.policy", model.ConfigRead{Value: "delete", Set: true, Default: "delete", DefaultSet: true, DefaultFrom: "Kafka's default"}},
	}
	for _, tt := range tests {
		got, err := a.TopicConfig(ctx, "archive", tt.name)
		if err != nil || got != tt.want {
			t.Errorf("%s: %+v (%v), want %+v", tt.name, got, err, tt.want)
		}
	}
	old, now, err := a.SetTopicConfig(ctx, "archive", "retention.ms", "")
	if err != nil || old != "5400000" || now != "604800000" {
		t.Fatalf("deleting retention.ms: %q → %q (%v), want 5400000 → 604800000", old, now, err)
	}
	rc, err := adm(t, b).DescribeTopicConfigs(ctx, "archive")
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rc {
		for _, c := range r.Configs {
			if c.Key == "retention.ms" && (c.Value == nil || *c.Value != "604800000" || c.Source == kmsg.ConfigSourceDynamicTopicConfig) {
				t.Errorf("kadm reads retention.ms %v from source %v after the delete, want Kafka's 604800000", c.MaybeValue(), c.Source)
			}
		}
	}
}
