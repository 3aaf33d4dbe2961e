package source

import (
	"cmp"
	"context"
	"fmt"
	"math/rand/v2"
	"time"

	"github.com/segmentio/kafka-go"

	"github.com/washboard/washboard/model"
)

// Load writes laundry-machine events at a fixed rate, for benchmarks: it is
// the "live 5,000 records/s" that washboard must keep up with.
type Load struct {
	Conn     Conn
	Rate     float64 // records per second
	Machines int
	Topic    string
}

// Run writes until ctx ends, in batches every 10 ms, and returns how many
// records the broker acknowledged.
func (l *Load) Run(ctx context.Context) (int64, error) {
	t, err := l.Conn.Transport()
	if err != nil {
		return 0, fmt.Errorf("load: %w", err)
	}
	topic := cmp.Or(l.Topic, model.LaundryTopic)
	w := l.writer(t, topic)
	defer w.Close()
	fleet := model.NewFleet(max(l.Machines, 1), 0)
	rng := rand.New(rand.NewPCG(1, 2))
	tick := time.NewTicker(10 * time.Millisecond)
	defer tick.Stop()
	start := time.Now()
	var sent int64
	msgs := make([]kafka.Message, 0, 1024)
	for {
		select {
		case <-ctx.Done():
			return sent, nil
		case now := <-tick.C:
			due := int64(l.Rate*now.Sub(start).Seconds()) - sent
			msgs = msgs[:0]
			for range min(due, 10_000) {
				e := fleet.Next(rng, now)
				msgs = append(msgs, kafka.Message{Key: []byte(e.MachineID), Value: model.MustJSON(e)})
			}
			if len(msgs) == 0 {
				continue
			}
			if err := w.WriteMessages(ctx, msgs...); err != nil {
				if ctx.Err() != nil {
					return sent, nil
				}
				return sent, fmt.Errorf("load: %w", err)
			}
			sent += int64(len(msgs))
		}
	}
}

func (l *Load) writer(t *kafka.Transport, topic string) *kafka.Writer {
	return &kafka.Writer{
		Addr: kafka.TCP(l.Conn.Brokers...), Transport: t, Topic: topic, Balancer: &kafka.Murmur2Balancer{},
		BatchSize: 1000, BatchTimeout: 2 * time.Millisecond, RequiredAcks: kafka.RequireOne,
	}
}

// Fill writes n records as fast as the broker takes them (a topic to
// catch up on, for `washboard bench --catchup`).
func (l *Load) Fill(ctx context.Context, n int64) error {
	t, err := l.Conn.Transport()
	if err != nil {
		return fmt.Errorf("fill: %w", err)
	}
	w := l.writer(t, cmp.Or(l.Topic, model.LaundryTopic))
	w.BatchSize, w.BatchBytes = 5000, 4<<20
	defer w.Close()
	fleet := model.NewFleet(max(l.Machines, 1), 0)
	rng := rand.New(rand.NewPCG(1, 2))
	msgs := make([]kafka.Message, 0, 5000)
	now := time.Now()
	for sent := int64(0); sent < n; sent += int64(len(msgs)) {
		msgs = msgs[:0]
		for range min(n-sent, 5000) {
			e := fleet.Next(rng, now)
			msgs = append(msgs, kafka.Message{Key: []byte(e.MachineID), Value: model.MustJSON(e)})
		}
		if err := w.WriteMessages(ctx, msgs...); err != nil {
			return fmt.Errorf("fill: %w", err)
		}
	}
	return nil
}
