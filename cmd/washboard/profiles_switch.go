package main

import (
	"context"
	"fmt"
	"io"

	tea "charm.land/bubbletea/v2"
	"github.com/segmentio/kafka-go"

	"github.com/washboard/washboard/ui"
)

// runProgram runs the console over sys until the user quits or picks
// another cluster, whose profile name it returns.
func runProgram(ctx context.Context, sys *system, stdout io.Writer) (string, error) {
	c := sys.common(ctx, sys.readOnly)
	c.Cluster.Profiles = sys.cfg.profileNames()
	app := ui.New(c)
	p := tea.NewProgram(app, tea.WithContext(ctx), tea.WithOutput(stdout))
	if _, err := p.Run(); err != nil && ctx.Err() == nil {
		return "", fmt.Errorf("terminal: %w", err)
	}
	if ctx.Err() != nil {
		return "", nil
	}
	return app.SwitchTo(), nil
}

// switchTo is the options for the next cluster: the connection flags
// described the first one and are left behind; --read-only, --topic,
// --start and the config stay.
func (o options) switchTo(profile string) options {
	o.cluster, o.brokers, o.kafka = profile, "", kafkaFlags{}
	return o
}

// closeIdle closes a client's pooled connections, which also stops the
// goroutines kafka-go runs for them.
func closeIdle(c *kafka.Client) func() {
	return func() {
		if t, ok := c.Transport.(*kafka.Transport); ok {
			t.CloseIdleConnections()
		}
	}
}

// closeConns closes the system's connections; nil-safe, for a system
// that did not finish starting.
func (s *system) closeConns() {
	if s == nil {
		return
	}
	for _, c := range s.closers {
		c()
	}
}
