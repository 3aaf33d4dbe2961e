package source

import (
	"context"
	"testing"
	"time"

	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/washboard/washboard/model"
	"github.com/washboard/washboard/source/kafkatest"
)

// scripted is a one-partition topic orders on kfake, a franz-go client
// to commit as other consumers do, and a poller judging health over a
// 3-poll window.
func scripted(t *testing.T) (*Broker, *kgo.Client, *model.Store, *Poller) {
	t.Helper()
	b := startBroker(t, map[string]int32{"orders": 1})
	store := model.NewStore(nil, model.DefaultLimits())
	return b, independent(t, b), store, newPoller(t, b, store, Watch{Topics: []string{"orders"}}, model.LagConfig{Window: 3, StopAfter: time.Hour})
}

// Three franz-go consumers of one partition written a record a poll,
// over kfake: one commits every poll (keeping pace), one every 5 polls
// the 5 records since (a slow consumer reading now and then, its gaps
// longer than the 3-poll window), one stops after its first commits. The
// slow one's word follows its progress poll after poll, never STALL in
// its gaps (ut36b-4: OK → STALL → OK every few seconds); the stopped one
// is STALL, the keeping one OK.
func TestHealthOfSlowStoppedAndKeepingConsumers(t *testing.T) {
	b, ext, store, p := scripted(t)
	tp := model.TP{Topic: "orders", Partition: 0}
	produced := int64(0)
	for i := range 40 {
		fill(t, b, "orders", 1, 0)
		produced++
		kafkatest.Commit(t, ext, "keeping", "orders", map[int32]int64{0: produced})
		if i%5 == 0 {
			kafkatest.Commit(t, ext, "slow", "orders", map[int32]int64{0: produced - 1})
		}
		if i < 6 {
			kafkatest.Commit(t, ext, "stopped", "orders", map[int32]int64{0: produced - 1})
		}
		p.PollOnce(context.Background())
		if i < 20 { // the slow one's rhythm is learned over its first gaps
			continue
		}
		for group, want := range map[string]model.Health{"keeping": model.HealthOK, "slow": model.HealthOK, "stopped": model.HealthStall} {
			got, ok := lagOf(store, group, tp)
			if !ok || got.Health != want {
				t.Fatalf("poll %d: %s reads %s (%s), want %s", i, group, got.Health, got.Reason(), want)
			}
		}
	}
}
