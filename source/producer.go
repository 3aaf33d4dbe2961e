package source

import (
	"context"
	"fmt"
	"time"

	"github.com/segmentio/kafka-go"

	"github.com/washboard/washboard/model"
)

// Producer sends the records a user asks for (the Produce pane, demos).
// It never creates topics: producing to a missing topic is an error the
// user reads, not a side effect.
type Producer struct {
	client *kafka.Client
}

// NewProducer makes a producer over conn.
func NewProducer(conn Conn) (*Producer, error) {
	c, err := conn.Client()
	if err != nil {
		return nil, fmt.Errorf("producer: %w", err)
	}
	return &Producer{client: c}, nil
}

// Produce sends one record and waits for the broker's acknowledgement. With
// Partition -1 the partition is chosen as the seed producers would
// (SeedBalancer).
func (p *Producer) Produce(ctx context.Context, out model.Outgoing) (model.Delivery, error) {
	part := out.Partition
	if part < 0 {
		n, err := p.partitions(ctx, out.Topic)
		if err != nil {
			return model.Delivery{}, err
		}
		ids := make([]int, n)
		for i := range ids {
			ids[i] = i
		}
		part = SeedBalancer{}.Balance(kafka.Message{Topic: out.Topic, Key: out.Key, Value: out.Value}, ids...)
	}
	rec := kafka.Record{Time: time.Now(), Key: bytesOrNil(out.Key), Value: bytesOrNil(out.Value)}
	for _, h := range out.Headers {
		rec.Headers = append(rec.Headers, kafka.Header{Key: h.Key, Value: h.Value})
	}
	resp, err := p.client.Produce(ctx, &kafka.ProduceRequest{
		Topic: out.Topic, Partition: part, RequiredAcks: kafka.RequireAll,
		Records: kafka.NewRecordReader(rec),
	})
	if err != nil {
		return model.Delivery{}, fmt.Errorf("produce to %s/%d: %w", out.Topic, part, err)
	}
	if resp.Error != nil {
		return model.Delivery{}, fmt.Errorf("produce to %s/%d: %w", out.Topic, part, resp.Error)
	}
	for _, rerr := range resp.RecordErrors {
		return model.Delivery{}, fmt.Errorf("produce to %s/%d: %w", out.Topic, part, rerr)
	}
	return model.Delivery{Topic: out.Topic, Partition: part, Offset: resp.BaseOffset, Time: time.Now()}, nil
}

func (p *Producer) partitions(ctx context.Context, topic string) (int, error) {
	meta, err := p.client.Metadata(ctx, &kafka.MetadataRequest{Topics: []string{topic}})
	if err != nil {
		return 0, fmt.Errorf("look up %s: %w", topic, err)
	}
	for _, t := range meta.Topics {
		if t.Name != topic {
			continue
		}
		if t.Error != nil {
			return 0, fmt.Errorf("topic %s: %w", topic, t.Error)
		}
		if len(t.Partitions) == 0 {
			break
		}
		return len(t.Partitions), nil
	}
	return 0, fmt.Errorf("topic %s does not exist (washboard does not create topics)", topic)
}

func bytesOrNil(b []byte) kafka.Bytes {
	if b == nil {
		return nil
	}
	return kafka.NewBytes(b)
}
