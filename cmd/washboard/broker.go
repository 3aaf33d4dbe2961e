package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"net"
	"sort"
	"strconv"
	"strings"
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
	brokers := fs.Int("brokers", 1, "")
	topics := fs.String("topics", "", "")
	scaleTopics := fs.Int("scale-topics", 0, "")
	scalePartitions := fs.Int("scale-partitions", 10, "")
	groups := fs.Int("groups", 0, "")
	var extra brokerExtras
	extra.flags(fs)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	for _, f := range []struct {
		name     string
		n, least int
	}{{"--brokers", *brokers, 1}, {"--scale-partitions", *scalePartitions, 1}, {"--scale-topics", *scaleTopics, 0}, {"--groups", *groups, 0},
		{"--machines", *machines, 1}, {"--fill", int(min(extra.fillN, 1<<31)), 0}} { // a negative --fill was taken as none, silently
		if f.n < f.least {
			return usageError{fmt.Errorf("broker: %s: want a whole number from %d", f.name, f.least)}
		}
	}
	if *load < 0 {
		return usageError{fmt.Errorf("broker: --load: want records/s from 0 (0: no load)")}
	}
	cfg := source.DefaultBrokerConfig()
	cfg.Listen, cfg.Brokers, cfg.Strict = *listen, *brokers, true // its clients are given this address (ut34b-14)
	if err := extra.apply(&cfg); err != nil {
		return usageError{err}
	}
	if *topics != "" || *scaleTopics > 0 {
		spec, err := parseTopicSpec(*topics)
		if err != nil {
			return usageError{fmt.Errorf("broker: --topics: %w", err)}
		}
		for i := range *scaleTopics {
			spec[fmt.Sprintf("scale-%04d", i)] = int32(max(*scalePartitions, 1))
		}
		// --load, --fill and --simulate write the seed systems' records:
		// their topics stay beside the ones asked for (ut15b C32: --load
		// with --scale-topics stopped at once, "Unknown Topic Or Partition").
		if *load > 0 || *simulate || extra.fillN > 0 {
			for name, parts := range source.SeedTopics() {
				if _, ok := spec[name]; !ok {
					spec[name] = parts
				}
			}
		}
		cfg.Topics = spec
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
	fmt.Fprintf(stdout, "embedded broker listening on %s (%s); Ctrl-C stops it\n", strings.Join(b.Addrs(), ","), topicList(cfg.Topics))
	if *groups > 0 {
		pop := source.Populate{Conn: source.Conn{Brokers: []string{b.Addr()}}, Groups: *groups, PerGroup: 1, Topics: cfg.Topics}
		if err := pop.Run(ctx); err != nil {
			b.Close()
			return err
		}
		fmt.Fprintf(stdout, "%d groups committed offsets\n", *groups)
	}
	var wg sync.WaitGroup
	// The demo's schema registry, beside the broker (issue 10).
	demo, err := startDemoRegistry(options{listen: registryBeside(*listen, b.Addrs())}, Config{})
	if err != nil {
		b.Close()
		return err
	}
	var ssim *source.SchemaSimulator
	if *simulate {
		if ssim, err = source.NewSchemaSimulator(source.Conn{Brokers: []string{b.Addr()}}, demo, 0, nil); err != nil {
			b.Close()
			return err
		}
		wg.Go(func() { _ = ssim.Run(ctx) })
	}
	wg.Go(func() { demo.Run(ctx) })
	fmt.Fprintf(stdout, "schema registry listening on %s\n", demo.URL())
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

// topicList names the topics with their partition counts ("topics
// orders/12, payments/6"), or counts them when there are many.
func topicList(topics map[string]int32) string {
	if len(topics) > 10 {
		n := 0
		for _, p := range topics {
			n += int(p)
		}
		return fmt.Sprintf("%d topics, %d partitions", len(topics), n)
	}
	names := make([]string, 0, len(topics))
	for t := range topics {
		names = append(names, t)
	}
	sort.Slice(names, func(i, j int) bool { return model.NaturalLess(names[i], names[j]) })
	for i, t := range names {
		names[i] = fmt.Sprintf("%s/%d", t, topics[t])
	}
	return "topics " + strings.Join(names, ", ")
}

// parseTopicSpec reads "orders:12,payments:6,audit-log" (a topic without
// a count has one partition).
func parseTopicSpec(s string) (map[string]int32, error) {
	spec := map[string]int32{}
	for item := range strings.SplitSeq(s, ",") {
		item = strings.TrimSpace(item)
		if item == "" {
			continue
		}
		name, n, found := strings.Cut(item, ":")
		parts := 1
		if found {
			var err error
			if parts, err = strconv.Atoi(n); err != nil || parts < 1 || parts > 100_000 {
				return nil, fmt.Errorf("%q: the partition count must be a number from 1 to 100000", item)
			}
		}
		if err := model.ValidTopicName(name); err != nil {
			return nil, fmt.Errorf("%q: %w", item, err) // Kafka would refuse it; so does the C form
		}
		spec[name] = int32(parts)
	}
	return spec, nil
}

// registryBeside is the address the demo registry follows: the last
// broker's, so with --brokers 3 the registry takes the port after the
// third broker's rather than a random one (the second broker holds the
// port after the first's: ut21a X-7, a profile's registry url went dead at
// each restart). A free port asked for (:0) stays asked for, and brokers
// from Kafka's 9092 keep the registry on its usual 8081.
func registryBeside(listen string, addrs []string) string {
	if _, port, err := net.SplitHostPort(listen); (err == nil && (port == "0" || port == "9092")) || len(addrs) < 2 {
		return listen
	}
	return addrs[len(addrs)-1]
}
