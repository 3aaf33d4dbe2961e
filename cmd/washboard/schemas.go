package main

import (
	"context"
	"log/slog"
	"net"
	"strconv"
	"sync"

	"github.com/washboard/washboard/model"
	"github.com/washboard/washboard/source"
	"github.com/washboard/washboard/ui"
)

// startSchemas builds the registry client (--schema-registry, or the
// [schema_registry] table). In the embedded demo without one, it starts
// the demo registry and the simulator writing Avro and Protobuf records.
// It returns nil when no schema source is configured.
func startSchemas(ctx context.Context, wg *sync.WaitGroup, o options, cfg Config, log *slog.Logger, conn source.Conn, embedded bool) (*source.Registry, error) {
	flagURL := o.schemaRegistry
	if embedded && flagURL == "" && cfg.SchemaRegistry.URL == "" {
		demo, err := startDemoRegistry(o, cfg)
		if err != nil {
			return nil, err
		}
		wg.Go(func() { demo.Run(ctx) })
		flagURL = demo.URL()
		if !o.noSimulate && (cfg.Embedded.Simulate == nil || *cfg.Embedded.Simulate) {
			sim, err := source.NewSchemaSimulator(conn, demo, 0, log)
			if err != nil {
				return nil, err
			}
			wg.Go(func() { _ = sim.Run(ctx) })
		}
	}
	reg, err := cfg.registry(flagURL)
	if err != nil {
		return nil, &ConfigError{Path: o.config, Key: "schema_registry", Msg: err.Error()}
	}
	wg.Go(func() { reg.Probe(ctx) }) // the header flags a registry it cannot reach at once
	return reg, nil
}

// startDemoRegistry starts the demo registry where demoRegistryListen
// says: strictly there, or there when free and else a free port of the
// same host.
func startDemoRegistry(o options, cfg Config) (*source.DemoRegistry, error) {
	addr, near := demoRegistryListen(o, cfg)
	if near {
		return source.StartDemoRegistryNear(addr)
	}
	return source.StartDemoRegistry(addr)
}

// demoRegistryListen is where the demo registry listens: the config's
// address (strictly); a free port beside a broker told to take a free port
// (--listen 127.0.0.1:0, as tests do); the port after the broker's when
// --listen moves it (127.0.0.1:19600: 127.0.0.1:19601), or 127.0.0.1:8081
// beside the default 9092. near says another free port will do when that
// one is taken.
func demoRegistryListen(o options, cfg Config) (addr string, near bool) {
	if cfg.SchemaRegistry.Listen != "" {
		return cfg.SchemaRegistry.Listen, false
	}
	host, port, err := net.SplitHostPort(pick(o.listen, cfg.Embedded.Listen))
	if err != nil {
		return "127.0.0.1:8081", true
	}
	p, err := strconv.Atoi(port)
	switch {
	case port == "0":
		return net.JoinHostPort(host, "0"), false
	case err != nil || p == 9092 || p >= 65535:
		return net.JoinHostPort(host, "8081"), true
	}
	return net.JoinHostPort(host, strconv.Itoa(p+1)), true
}

// schemas is the Produce pane's registry: nil (an untyped nil, not a nil
// *source.Registry) without one.
func (s *system) schemas() ui.Schemas {
	if s.registry == nil || s.registry.URL() == "" {
		return nil
	}
	return s.registry
}

// beforeFold is the tail's decode hook; without a schema source (reg
// nil) it marks values in the wire format with why they cannot be read
// (Registry.Decode).
func beforeFold(reg *source.Registry) func(context.Context, []model.Record) {
	return reg.Decode
}
