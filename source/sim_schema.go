package source

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math"
	"math/rand/v2"
	"time"

	"github.com/hamba/avro/v2"
	"github.com/segmentio/kafka-go"
	"google.golang.org/protobuf/encoding/protowire"

	"github.com/washboard/washboard/model"
	"github.com/washboard/washboard/model/serde"
)

// SchemaSimulator writes the demo's schema encoded records: two Avro
// laundry machines and Protobuf rider updates, into the seed topics
// beside the JSON ones, in the registry's wire format.
type SchemaSimulator struct {
	writer  *kafka.Writer
	log     *slog.Logger
	machine avro.Schema
	reg     *DemoRegistry
	perSec  float64
}

// NewSchemaSimulator prepares the writer; perSec is records a second of
// each kind (2 when zero).
func NewSchemaSimulator(conn Conn, reg *DemoRegistry, perSec float64, log *slog.Logger) (*SchemaSimulator, error) {
	t, err := conn.Transport()
	if err != nil {
		return nil, fmt.Errorf("schema simulator: %w", err)
	}
	s, err := avro.ParseWithCache(MachineAvsc, "", &avro.SchemaCache{})
	if err != nil {
		return nil, fmt.Errorf("schema simulator: %w", err)
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	if perSec <= 0 {
		perSec = 2
	}
	w := &kafka.Writer{Addr: kafka.TCP(conn.Brokers...), Transport: t, Balancer: schemaBalancer(),
		BatchTimeout: 5 * time.Millisecond, RequiredAcks: kafka.RequireAll}
	return &SchemaSimulator{writer: w, log: log, machine: s, reg: reg, perSec: perSec}, nil
}

type avroMachine struct {
	MachineID string  `avro:"machine_id"`
	TS        string  `avro:"ts"`
	Program   string  `avro:"program"`
	LoadKG    float64 `avro:"load_kg"`
	HeatC     float64 `avro:"heat_c"`
	PowerW    float64 `avro:"power_w"`
	Door      *string `avro:"door"`
}

// Run writes until ctx ends.
func (s *SchemaSimulator) Run(ctx context.Context) error {
	defer s.writer.Close()
	seed := uint64(time.Now().UnixNano())
	rng := rand.New(rand.NewPCG(seed, seed^0x51))
	fleet := model.NewFleet(1, 1)
	for _, m := range fleet.Machines {
		m.ID = "avro-" + m.ID
	}
	doors := []string{"OPEN", "CLOSED", "LOCKED"}
	tick := time.NewTicker(time.Duration(float64(time.Second) / s.perSec))
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			return nil
		case now := <-tick.C:
			e := fleet.Next(rng, now)
			door := doors[rng.IntN(len(doors))]
			body, err := avro.Marshal(s.machine, avroMachine{e.MachineID, e.TS, e.Program, e.LoadKG, e.HeatC, e.PowerW, &door})
			if err != nil {
				return fmt.Errorf("schema simulator: %w", err)
			}
			r := model.RandomRider(rng)
			msgs := []kafka.Message{
				{Topic: model.LaundryTopic, Key: []byte(e.MachineID), Value: append(serde.AppendHeader(nil, s.reg.MachineID), body...)},
				{Topic: model.RiderTopic, Key: []byte("location-update"), Value: riderProto(s.reg.RiderID, r, rng.Float64()*25),
					Partition: model.RiderPartition(r.Location)},
			}
			if err := s.writer.WriteMessages(ctx, msgs...); err != nil && !errors.Is(err, context.Canceled) {
				s.log.Warn("schema simulator write failed", "err", err)
			}
		}
	}
}

// riderProto writes a riders.RiderEvent (the second message: index path
// [1]) in the wire format, field by field with protowire.
func riderProto(id int, r model.RiderEvent, speed float64) []byte {
	b := serde.AppendIndex(serde.AppendHeader(nil, id), []int{1})
	b = protowire.AppendTag(b, 1, protowire.BytesType)
	b = protowire.AppendString(b, r.Name)
	b = protowire.AppendTag(b, 2, protowire.BytesType)
	b = protowire.AppendString(b, r.Location)
	b = protowire.AppendTag(b, 3, protowire.Fixed64Type)
	return protowire.AppendFixed64(b, protowireDouble(speed))
}

func protowireDouble(f float64) uint64 { return math.Float64bits(math.Round(f*10) / 10) }

// schemaBalancer partitions like SeedBalancer, which reads the location
// from JSON: a Protobuf rider carries its partition (north 0, else 1) in
// Message.Partition, which kafka-go hands to the balancer untouched.
func schemaBalancer() kafka.Balancer {
	var murmur kafka.Murmur2Balancer
	return kafka.BalancerFunc(func(msg kafka.Message, partitions ...int) int {
		if msg.Topic == model.RiderTopic && msg.Partition < len(partitions) {
			return partitions[msg.Partition]
		}
		return murmur.Balance(msg, partitions...)
	})
}
