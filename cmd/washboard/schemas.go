package main

import (
	"context"
	"log/slog"
	"sync"

	"github.com/washboard/washboard/model"
	"github.com/washboard/washboard/source"
)

// startSchemas builds the registry client (--schema-registry, or the
// [schema_registry] table). In the embedded demo without one, it starts
// the demo registry and the simulator writing Avro and Protobuf records.
// It returns nil when no schema source is configured.
func startSchemas(ctx context.Context, wg *sync.WaitGroup, o options, cfg Config, log *slog.Logger, conn source.Conn, embedded bool) (*source.Registry, error) {
	flagURL := o.schemaRegistry
	if embedded && flagURL == "" && cfg.SchemaRegistry.URL == "" {
		demo, err := source.StartDemoRegistry(cfg.SchemaRegistry.Listen)
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

// beforeFold is the tail's decode hook: nil without a schema source.
func beforeFold(reg *source.Registry) func(context.Context, []model.Record) {
	if reg == nil {
		return nil
	}
	return reg.Decode
}
