package source

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/segmentio/kafka-go"
)

// A time before a young topic's first record is no problem: reading
// starts at its oldest record, and the words say how old that is.
func TestATimeBeforeAYoungTopicSaysWhereReadingStarts(t *testing.T) {
	b := startBroker(t, map[string]int32{"young": 1})
	tr, err := conn(b).Transport()
	if err != nil {
		t.Fatal(err)
	}
	w := &kafka.Writer{Addr: kafka.TCP(b.Addr()), Transport: tr, Topic: "young", RequiredAcks: kafka.RequireAll, BatchTimeout: time.Millisecond}
	first := time.Now().Add(-3 * time.Minute)
	if err := w.WriteMessages(context.Background(), kafka.Message{Value: []byte("a"), Time: first}, kafka.Message{Value: []byte("b"), Time: time.Now()}); err != nil {
		t.Fatal(err)
	}
	_ = w.Close()
	pos, _ := ParsePosition("-5m", time.Now())
	starts, err := resolve(context.Background(), client(t, b), "young", []int{0}, pos)
	if err != nil {
		t.Fatal(err)
	}
	words := startWords("young", pos, starts)
	if starts[0].Offset != 0 || !strings.Contains(words, "starts at the oldest record, 3m old") || strings.Contains(words, "before") {
		t.Fatalf("offset %d, words %q: want the oldest record, said as where reading starts", starts[0].Offset, words)
	}
}
