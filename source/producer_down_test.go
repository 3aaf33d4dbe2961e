package source

import (
	"context"
	"strings"
	"testing"

	"github.com/washboard/washboard/model"
)

// A send after the broker went away says so in the header's words
// (nothing listens on …), not the connection's "unexpected EOF".
func TestSendToAStoppedBrokerSaysWhy(t *testing.T) {
	b := startBroker(t, map[string]int32{"orders": 1})
	p, err := NewProducer(conn(b))
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	if _, err := p.Produce(ctx, model.Outgoing{Topic: "orders", Partition: -1, Value: []byte("a")}); err != nil {
		t.Fatalf("first send: %v", err)
	}
	b.Close() // the connection the first send used is now dead
	_, err = p.Produce(ctx, model.Outgoing{Topic: "orders", Partition: -1, Value: []byte("b")})
	if err == nil || !strings.Contains(err.Error(), "nothing listens on "+b.Addr()) {
		t.Fatalf("send to a stopped broker: %v, want 'nothing listens on %s'", err, b.Addr())
	}
}
