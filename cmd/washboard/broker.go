package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"sync"

	"github.com/washboard/washboard/model"
	"github.com/washboard/washboard/source"
)

// runBroker runs the embedded broker headless, so several consoles and
// other tools (kcat, the seeds' producers) can share one cluster.
func runBroker(ctx context.Context, args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("washboard broker", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	listen := fs.String("listen", source.DefaultBrokerConfig().Listen, "")
	simulate := fs.Bool("simulate", false, "")
	load := fs.Float64("load", 0, "")
	machines := fs.Int("machines", 500, "")
	var extra brokerExtras
	extra.flags(fs)
	if err := fs.Parse(args); err != nil {
		return usageError{fmt.Errorf("broker: %w (see washboard help)", err)}
	}
	cfg := source.DefaultBrokerConfig()
	cfg.Listen = *listen
	if err := extra.apply(&cfg); err != nil {
		return usageError{err}
	}
	b, err := source.StartBroker(cfg)
	if err != nil {
		return err
	}
	if err := extra.fill(ctx, b, *machines, stdout); err != nil {
		b.Close()
		return err
	}
	if n := b.Notice(); n != "" {
		fmt.Fprintln(stdout, n)
	}
	fmt.Fprintf(stdout, "embedded broker listening on %s (topics %s); Ctrl-C stops it\n", b.Addr(), topicList(cfg.Topics))
	var wg sync.WaitGroup
	if *simulate {
		sim, err := source.NewSimulator(source.Conn{Brokers: []string{b.Addr()}}, source.DefaultSimConfig(), nil)
		if err != nil {
			b.Close()
			return err
		}
		wg.Go(func() { _ = sim.Run(ctx) })
		fmt.Fprintln(stdout, "simulators running")
	}
	if *load > 0 {
		l := &source.Load{Conn: source.Conn{Brokers: []string{b.Addr()}}, Rate: *load, Machines: *machines}
		wg.Go(func() {
			if _, err := l.Run(ctx); err != nil {
				fmt.Fprintln(stdout, "load stopped:", err)
			}
		})
		fmt.Fprintf(stdout, "load: %.0f records/s over %d machines\n", *load, *machines)
	}
	b.Run(ctx)
	wg.Wait()
	fmt.Fprintln(stdout, "embedded broker stopped")
	return nil
}

func topicList(topics map[string]int32) string {
	s := ""
	for _, t := range []string{model.LaundryTopic, model.RiderTopic, model.StudentTopic} {
		if n, ok := topics[t]; ok {
			if s != "" {
				s += ", "
			}
			s += fmt.Sprintf("%s/%d", t, n)
		}
	}
	return s
}
