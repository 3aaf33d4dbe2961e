package main

// ServeConfig is the [serve] table: limits for `washboard serve`. Flags of
// the same name win over it.
type ServeConfig struct {
	// MaxSessions caps concurrent SSH viewers (default 10); one more is
	// refused with a message.
	MaxSessions int `toml:"max_sessions"`
	// IdleTimeout closes a session without a key press for this long
	// ("30m"); unset or "0s" never does.
	IdleTimeout duration `toml:"idle_timeout"`
	// ConnectRate and ConnectBurst limit new connections per remote
	// address (defaults 1/s after a burst of 10).
	ConnectRate  float64 `toml:"connect_rate"`
	ConnectBurst int     `toml:"connect_burst"`
}
