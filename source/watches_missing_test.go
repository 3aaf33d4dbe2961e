package source

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/washboard/washboard/model"
)

// A topic the cluster does not have is ErrNotOnCluster, said "not on the
// cluster", not Kafka's "[3] Unknown Topic Or Partition: …" (ut24a P21:
// an unknown --topic NAME@START read in Kafka's error code).
func TestWatchATopicNotOnTheCluster(t *testing.T) {
	b := startBroker(t, map[string]int32{"orders": 1})
	store := model.NewStore(nil, model.DefaultLimits())
	c := client(t, b)
	watches := NewWatches(c, NewTail(TailConfig{Client: c, Store: store, Start: DefaultStart()}), 1)
	pos, _ := ParsePosition("-10m", time.Now())
	_, err := watches.Watch(context.Background(), "alice", "nosuch-topic", pos)
	if !errors.Is(err, ErrNotOnCluster) || err.Error() != "nosuch-topic: not on the cluster" || strings.Contains(err.Error(), "Unknown") {
		t.Fatalf("Watch of a topic the cluster lacks: %v", err)
	}
}
