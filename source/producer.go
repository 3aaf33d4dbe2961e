package source

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"strings"
	"syscall"
	"time"

	"github.com/segmentio/kafka-go"

	"github.com/washboard/washboard/model"
)

// Producer sends the records a user asks for (the Produce pane, demos).
// It never creates topics: producing to a missing topic is an error the
// user reads, not a side effect. Its errors say what went wrong in words
// (the cause stays wrapped for errors.Is and errors.As).
type Producer struct {
	conn   Conn
	client *kafka.Client
}

// NewProducer makes a producer over conn.
func NewProducer(conn Conn) (*Producer, error) {
	c, err := conn.Client()
	if err != nil {
		return nil, fmt.Errorf("producer: %w", err)
	}
	return &Producer{conn: conn, client: c}, nil
}

// sendError is an error whose text is written for the user, wrapping the
// client's error.
type sendError struct {
	text string
	err  error
}

func (e *sendError) Error() string { return e.text }
func (e *sendError) Unwrap() error { return e.err }

// explain words err for a single send: the connection's words, without
// the header's "retrying" (a send is not retried).
func (p *Producer) explain(err error) string {
	s := p.conn.Explain(err)
	s = strings.TrimSuffix(s, "; retrying")
	return strings.TrimSuffix(s, " retrying")
}

// Produce sends one record and waits for the broker's acknowledgement. With
// Partition -1 the partition is chosen as the seed producers would
// (SeedBalancer); an explicit partition is checked against the topic's
// partitions first, so a wrong number is named as such.
func (p *Producer) Produce(ctx context.Context, out model.Outgoing) (model.Delivery, error) {
	n, err := p.partitions(ctx, out.Topic)
	if err != nil {
		return model.Delivery{}, err
	}
	part := out.Partition
	switch {
	case part < 0:
		ids := make([]int, n)
		for i := range ids {
			ids[i] = i
		}
		part = SeedBalancer{}.Balance(kafka.Message{Topic: out.Topic, Key: out.Key, Value: out.Value}, ids...)
	case part >= n:
		return model.Delivery{}, &sendError{text: model.NoPartition(out.Topic, n, part), err: kafka.UnknownTopicOrPartition}
	}
	// Kafka keeps milliseconds: the delivery says the timestamp stored.
	rec := kafka.Record{Time: time.Now().Truncate(time.Millisecond), Key: bytesOrNil(out.Key), Value: bytesOrNil(out.Value)}
	for _, h := range out.Headers {
		rec.Headers = append(rec.Headers, kafka.Header{Key: h.Key, Value: h.Value})
	}
	resp, err := p.client.Produce(ctx, &kafka.ProduceRequest{
		Topic: out.Topic, Partition: part, RequiredAcks: kafka.RequireAll,
		Records: kafka.NewRecordReader(rec),
	})
	if err == nil {
		err = resp.Error
		for _, rerr := range resp.RecordErrors {
			if err == nil {
				err = rerr
			}
		}
	}
	if err != nil {
		err = p.whyLost(ctx, err)
		return model.Delivery{}, &sendError{text: fmt.Sprintf("sending to %s partition %d failed: %s", out.Topic, part, p.explain(err)), err: err}
	}
	at := rec.Time
	if !resp.LogAppendTime.IsZero() { // message.timestamp.type=LogAppendTime: the broker's stamp replaced ours
		at = resp.LogAppendTime
	}
	return model.Delivery{Topic: out.Topic, Partition: part, Offset: resp.BaseOffset, Time: at}, nil
}

// whyLost turns a connection that died under a send (EOF, reset, broken
// pipe: the broker went away since the last send) into the reason a fresh
// connection gives, such as nothing listening on the broker's address, so
// the form says what the header says. Other errors are returned as they are.
func (p *Producer) whyLost(ctx context.Context, err error) error {
	if !errors.Is(err, io.EOF) && !errors.Is(err, io.ErrUnexpectedEOF) &&
		!errors.Is(err, syscall.ECONNRESET) && !errors.Is(err, syscall.EPIPE) {
		return err
	}
	d := net.Dialer{Timeout: 2 * time.Second}
	for _, addr := range p.conn.Brokers {
		c, derr := d.DialContext(ctx, "tcp", addr)
		if derr != nil {
			return derr
		}
		_ = c.Close()
	}
	return err
}

func (p *Producer) partitions(ctx context.Context, topic string) (int, error) {
	n, err := topicPartitions(ctx, p.client, topic)
	switch {
	case errors.Is(err, errNoTopic):
		return 0, &sendError{text: err.Error(), err: kafka.UnknownTopicOrPartition}
	case err != nil:
		err = p.whyLost(ctx, err)
		return 0, &sendError{text: "cannot look up topic " + topic + ": " + p.explain(err), err: err}
	}
	return n, nil
}

// errNoTopic marks a topic the cluster does not have.
var errNoTopic = errors.New("no such topic")

// missingTopic says a topic does not exist, and is errNoTopic.
type missingTopic string

func (m missingTopic) Error() string {
	return "topic " + string(m) + " does not exist (washboard does not create topics)"
}

func (m missingTopic) Is(target error) bool { return target == errNoTopic }

// topicPartitions counts topic's partitions with a metadata request that
// does not ask for auto-creation: producing and demo groups check a topic
// exists before kafka-go code that would create it on many clusters.
func topicPartitions(ctx context.Context, c *kafka.Client, topic string) (int, error) {
	meta, err := c.Metadata(ctx, &kafka.MetadataRequest{Topics: []string{topic}})
	if err != nil {
		return 0, err
	}
	for _, t := range meta.Topics {
		if t.Name != topic || errors.Is(t.Error, kafka.UnknownTopicOrPartition) {
			continue
		}
		if t.Error != nil {
			return 0, fmt.Errorf("topic %s: %w", topic, t.Error)
		}
		if len(t.Partitions) > 0 {
			return len(t.Partitions), nil
		}
	}
	return 0, missingTopic(topic)
}

// plural is "1 partition", "2 partitions".

func bytesOrNil(b []byte) kafka.Bytes {
	if b == nil {
		return nil
	}
	return kafka.NewBytes(b)
}
