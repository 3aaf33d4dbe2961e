package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"time"

	"github.com/washboard/washboard/model"
	"github.com/washboard/washboard/source"
)

// brokerExtras are `washboard broker` flags for benchmarks (issue 9): a
// topic filled before the broker says where it listens, retention off,
// and many-partition clusters.
type brokerExtras struct {
	fillN          int64
	retentionBytes int64
	topics         string // "N:P": N topics bench-000.. of P partitions each
}

func (e *brokerExtras) flags(fs *flag.FlagSet) {
	fs.Int64Var(&e.fillN, "fill", 0, "")
	fs.Int64Var(&e.retentionBytes, "retention-bytes", source.DefaultBrokerConfig().RetentionBytes, "")
	fs.StringVar(&e.topics, "topics", "", "")
}

func (e *brokerExtras) apply(cfg *source.BrokerConfig) error {
	cfg.RetentionBytes = e.retentionBytes
	if e.topics == "" {
		return nil
	}
	var n, p int
	if _, err := fmt.Sscanf(e.topics, "%d:%d", &n, &p); err != nil || n <= 0 || p <= 0 {
		return fmt.Errorf("broker --topics %q: want N:P (N topics of P partitions)", e.topics)
	}
	for i := range n {
		cfg.Topics[fmt.Sprintf("bench-%03d", i)] = int32(p)
	}
	return nil
}

// fill writes e.fillN seed-format laundry records, as fast as the broker
// takes them, before the broker announces itself.
func (e *brokerExtras) fill(ctx context.Context, b *source.Broker, machines int, stdout io.Writer) error {
	if e.fillN <= 0 {
		return nil
	}
	start := time.Now()
	l := &source.Load{Conn: source.Conn{Brokers: []string{b.Addr()}}, Machines: machines}
	if err := l.Fill(ctx, e.fillN); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "filled %s with %d records in %s\n", model.LaundryTopic, e.fillN, time.Since(start).Round(time.Millisecond))
	return nil
}
