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
// topic filled before the broker says where it listens, and retention off.
type brokerExtras struct {
	fillN          int64
	retentionBytes int64
}

func (e *brokerExtras) flags(fs *flag.FlagSet) {
	fs.Int64Var(&e.fillN, "fill", 0, "")
	fs.Int64Var(&e.retentionBytes, "retention-bytes", source.DefaultBrokerConfig().RetentionBytes, "")
}

func (e *brokerExtras) apply(cfg *source.BrokerConfig) error {
	if e.retentionBytes < 0 {
		return fmt.Errorf("broker --retention-bytes %d: want 0 (keep everything) or a size", e.retentionBytes)
	}
	cfg.RetentionBytes = e.retentionBytes
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
