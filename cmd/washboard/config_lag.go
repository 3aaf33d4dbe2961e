package main

import (
	"fmt"
	"time"

	"github.com/washboard/washboard/model"
)

// LagConfig is [lag]: lag history and the health rules.
type LagConfig struct {
	History   duration `toml:"history"`
	Window    duration `toml:"window"`
	StopAfter duration `toml:"stop_after"`
	LogEvents int      `toml:"log_events"`
}

// DemoConfig is [demo]: washboard's own demo consumer groups.
type DemoConfig struct {
	Enabled bool    `toml:"enabled"`
	Pace    float64 `toml:"pace"`
}

// lagConfig turns the configured durations into poll counts.
func (c Config) lagConfig() (model.LagConfig, error) {
	interval := c.Poll.Interval.Duration
	if interval <= 0 {
		interval = time.Second
	}
	polls := func(key string, d time.Duration, def int) (int, error) {
		switch {
		case d == 0:
			return def, nil
		case d < interval:
			return 0, fmt.Errorf("%s %v is shorter than poll.interval %v", key, d, interval)
		}
		return int(d / interval), nil
	}
	def := model.DefaultLagConfig()
	history, err := polls("lag.history", c.Lag.History.Duration, def.History)
	if err != nil {
		return model.LagConfig{}, err
	}
	window, err := polls("lag.window", c.Lag.Window.Duration, def.Window)
	if err != nil {
		return model.LagConfig{}, err
	}
	if history > 100_000 {
		return model.LagConfig{}, fmt.Errorf("lag.history %v is %d polls; keep it under 100,000", c.Lag.History.Duration, history)
	}
	return model.LagConfig{History: history, Window: max(window, 2), StopAfter: c.Lag.StopAfter.Duration, Events: c.Lag.LogEvents}, nil
}
