package source

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"time"

	"github.com/segmentio/kafka-go"

	"github.com/washboard/washboard/model"
)

// SimConfig sets the simulators' pace in events per second per topic.
type SimConfig struct {
	MachinesPerSec float64
	RidersPerSec   float64
	StudentsPerSec float64
	Washers        int
	Dryers         int
	Seed           uint64 // 0: a fresh seed each run
}

// DefaultSimConfig is a calm demo: a dozen machines reporting every second.
func DefaultSimConfig() SimConfig {
	return SimConfig{MachinesPerSec: 12, RidersPerSec: 2, StudentsPerSec: 1, Washers: model.DemoWashers, Dryers: model.DemoDryers}
}

// Simulator publishes seed-format events to a cluster over TCP, as the
// seed systems' own producers would.
type Simulator struct {
	cfg    SimConfig
	writer *kafka.Writer
	log    *slog.Logger
}

// NewSimulator prepares a simulator writing through conn.
func NewSimulator(conn Conn, cfg SimConfig, log *slog.Logger) (*Simulator, error) {
	t, err := conn.Transport()
	if err != nil {
		return nil, fmt.Errorf("simulator: %w", err)
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	w := &kafka.Writer{
		Addr:         kafka.TCP(conn.Brokers...),
		Transport:    t,
		Balancer:     SeedBalancer{},
		BatchTimeout: 5 * time.Millisecond,
		RequiredAcks: kafka.RequireAll,
	}
	return &Simulator{cfg: cfg, writer: w, log: log}, nil
}

// Run publishes until ctx ends, ten ticks a second.
func (s *Simulator) Run(ctx context.Context) error {
	defer s.writer.Close()
	seed := s.cfg.Seed
	if seed == 0 {
		seed = uint64(time.Now().UnixNano())
	}
	rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	fleet := model.NewFleet(max(s.cfg.Washers, 1), s.cfg.Dryers)
	var acc [3]float64
	rates := [3]float64{s.cfg.MachinesPerSec, s.cfg.RidersPerSec, s.cfg.StudentsPerSec}
	tick := time.NewTicker(100 * time.Millisecond)
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			return nil
		case now := <-tick.C:
			var msgs []kafka.Message
			for i := range acc {
				acc[i] += rates[i] / 10
				for ; acc[i] >= 1; acc[i]-- {
					msgs = append(msgs, seedMessage(i, rng, fleet, now))
				}
			}
			if len(msgs) == 0 {
				continue
			}
			if err := s.writer.WriteMessages(ctx, msgs...); err != nil && !errors.Is(err, context.Canceled) {
				s.log.Warn("simulator write failed", "err", err)
			}
		}
	}
}

func seedMessage(kind int, rng *rand.Rand, fleet *model.Fleet, now time.Time) kafka.Message {
	switch kind {
	case 0:
		e := fleet.Next(rng, now)
		return kafka.Message{Topic: model.LaundryTopic, Key: []byte(e.MachineID), Value: model.MustJSON(e)}
	case 1:
		e := model.RandomRider(rng)
		return kafka.Message{Topic: model.RiderTopic, Key: []byte("location-update"), Value: model.MustJSON(e)}
	default:
		return kafka.Message{Topic: model.StudentTopic, Value: model.MustJSON(model.RandomStudent(rng))}
	}
}

// SeedBalancer partitions as the seed producers do: rider updates by
// location (seed 004), everything else like the Java client's default
// partitioner (murmur2 of the key, so keys land where Java producers put
// them; keyless records spread round robin).
type SeedBalancer struct {
	murmur kafka.Murmur2Balancer
}

// Balance implements kafka.Balancer.
func (b SeedBalancer) Balance(msg kafka.Message, partitions ...int) int {
	if msg.Topic == model.RiderTopic && len(partitions) >= 2 {
		var e model.RiderEvent
		if err := jsonUnmarshal(msg.Value, &e); err == nil {
			return partitions[model.RiderPartition(e.Location)]
		}
	}
	return b.murmur.Balance(msg, partitions...)
}
