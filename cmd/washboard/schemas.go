package main

import (
	"context"
	"log/slog"
	"net"
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
		demo, err := source.StartDemoRegistry(demoRegistryListen(o, cfg))
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
	return reg, nil
}

// demoRegistryListen is where the demo registry listens: the config's
// address, or a free port beside a broker told to take a free port
// (--listen 127.0.0.1:0, as tests do), or 127.0.0.1:8081.
func demoRegistryListen(o options, cfg Config) string {
	if cfg.SchemaRegistry.Listen != "" {
		return cfg.SchemaRegistry.Listen
	}
	if host, port, err := net.SplitHostPort(pick(o.listen, cfg.Embedded.Listen)); err == nil && port == "0" {
		return net.JoinHostPort(host, "0")
	}
	return ""
}

// schemas is the Produce pane's registry: nil (an untyped nil, not a nil
// *source.Registry) without one.
func (s *system) schemas() ui.Schemas {
	if s.registry == nil || s.registry.URL() == "" {
		return nil
	}
	return s.registry
}

// beforeFold is the tail's decode hook: nil without a schema source.
func beforeFold(reg *source.Registry) func(context.Context, []model.Record) {
	if reg == nil {
		return nil
	}
	return reg.Decode
}
