package main

import (
	"log/slog"

	"github.com/segmentio/kafka-go"

	"github.com/washboard/washboard/model"
	"github.com/washboard/washboard/source"
)

// FetchConfig is [tail.fetch]: what the tail may ask of the brokers and
// of memory (issue 9). Zero values take the tail's defaults.
type FetchConfig struct {
	// InFlightBytes caps the bytes fetched but not yet shown (32 MiB).
	InFlightBytes int64 `toml:"in_flight_bytes"`
	// MaxBytes caps one fetch response (an eighth of in_flight_bytes).
	MaxBytes int64 `toml:"max_bytes"`
	// MaxWait is how long a broker holds a fetch with nothing to send
	// (500ms): an idle tail sends about 1/max_wait requests a second per broker.
	MaxWait duration `toml:"max_wait"`
	// MinBytes is what a broker waits for before answering (64 KiB).
	MinBytes int32 `toml:"min_bytes"`
	// Sessions uses incremental fetch sessions (KIP-227; default true).
	Sessions *bool `toml:"sessions"`
	// ShowAborted starts every Log showing aborted transactions' records,
	// marked (also --show-aborted; `a` toggles it per session); by default
	// they are hidden as a read_committed consumer hides them.
	ShowAborted bool `toml:"show_aborted"`
}

// tailConfig is the tail's configuration from [tail.fetch] and the flags.
func (c Config) tailConfig(client *kafka.Client, store *model.Store, start source.Start, showAborted bool, log *slog.Logger) source.TailConfig {
	f := c.Tail.Fetch
	return source.TailConfig{
		Client: client, Store: store, Start: start, Log: log,
		InFlightBytes: f.InFlightBytes, MaxBytes: f.MaxBytes, MaxWait: f.MaxWait.Duration, MinBytes: f.MinBytes,
		NoSessions: f.Sessions != nil && !*f.Sessions, ShowAborted: showAborted || f.ShowAborted,
	}
}
