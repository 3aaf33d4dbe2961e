package source

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/washboard/washboard/model"
)

// Kafka refuses deleting the offsets of a topic a live group is
// subscribed to on every partition: the refusal names the topic and all
// of them, not the first partition alone (ut34b-12: `delete offsets
// …v2/3: GROUP_SUBSCRIBED_TO_TOPIC` while none of the 6 was deleted).
// The preview's check (CheckUnsubscribed) says so first, in words. Over
// TCP against kfake, the member a franz-go consumer.
func TestDeleteOffsetsRefusalNamesTheTopicAndEveryPartition(t *testing.T) {
	b := startBroker(t, map[string]int32{"orders": 6})
	fill(t, b, "orders", 2, 0, 1, 2, 3, 4, 5)
	member(t, b, kgo.ConsumerGroup("audit"), kgo.ConsumeTopics("orders"), kgo.ConsumeResetOffset(kgo.NewOffset().AtStart()))
	eventually(t, 30*time.Second, "audit committed on 6 partitions", func() bool {
		n := 0
		for tp, off := range offsetsOf(t, adm(t, b), "audit") {
			if tp.Topic == "orders" && off == 2 {
				n++
			}
		}
		return n == 6
	})
	a := NewAdmin(client(t, b))
	if err := a.CheckUnsubscribed(context.Background(), "audit", "classic", "orders"); !errors.Is(err, ErrSubscribed) ||
		!strings.Contains(err.Error(), "audit is Stable with 1 member subscribed to orders") {
		t.Fatalf("the preview's check: %v, want a refusal naming the member and the topic", err)
	}
	if err := a.CheckUnsubscribed(context.Background(), "audit", "classic", "payments"); err != nil {
		t.Fatalf("a topic no member subscribes to: %v, want no refusal", err)
	}
	_, err := a.DeleteOffsets(context.Background(), "audit", "orders")
	if err == nil || !strings.Contains(err.Error(), "delete offsets on orders (partitions 0 1 2 3 4 5): GROUP_SUBSCRIBED_TO_TOPIC") {
		t.Fatalf("deleting a subscribed topic's offsets: %v, want the topic and its 6 partitions named", err)
	}
	if got := offsetsOf(t, adm(t, b), "audit")[model.TP{Topic: "orders", Partition: 3}]; got != 2 {
		t.Fatalf("orders/3 at %d after the refusal, want 2", got)
	}
}
