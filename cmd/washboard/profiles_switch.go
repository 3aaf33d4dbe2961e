package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"strings"

	tea "charm.land/bubbletea/v2"
	xterm "github.com/charmbracelet/x/term"
	"github.com/segmentio/kafka-go"

	"github.com/washboard/washboard/model"
	"github.com/washboard/washboard/source"
	"github.com/washboard/washboard/ui"
)

// switchLoop runs one cluster's system at a time: run returns the profile
// to switch to ("" to stop). A cluster that fails to start (a password
// file missing, a CA file unreadable) puts the console back on the one it
// left, with the picker open saying why; only the first start's error, or
// a failing way back, ends washboard.
func switchLoop(ctx context.Context, o options, run func(context.Context, options, *system) (string, error)) error {
	var last *options // the options that last started
	for {
		var next, from string
		started := false
		err := withSystem(ctx, o, func(ctx context.Context, sys *system) error {
			started, from = true, pick(sys.profile, sys.name)
			var err error
			next, err = run(ctx, o, sys)
			return err
		})
		switch {
		case err != nil && !started && last != nil && ctx.Err() == nil:
			back := *last
			var named clusterError
			if errors.As(err, &named) { // the message names the cluster already
				err = named.err
			}
			back.switchErr = fmt.Sprintf("could not switch to %s: %v", o.cluster, err)
			back.switchedFrom = o.cluster + " (failed)"
			o, last = back, nil // a way back that fails too ends here
			continue
		case err != nil || next == "":
			return err
		}
		cur := o
		cur.switchErr = ""
		last = &cur
		o = o.switchTo(next, from)
	}
}

// runProgram runs the console over sys until the user quits or picks
// another cluster, whose profile name it returns; switchErr opens the
// picker saying why the last switch failed.
func runProgram(ctx context.Context, sys *system, stdout io.Writer, switchErr string) (string, error) {
	if err := needTerminal(stdout); err != nil {
		return "", err
	}
	c := sys.common(ctx, sys.readOnly, "")
	c.Cluster.Profiles = sys.cfg.pickerProfiles(sys.flagMode)
	c.Cluster.SwitchError = switchErr
	c.Suspend = true // the local terminal's job control; never an SSH session's
	app := ui.New(c)
	defer app.Close() // the session's goroutines (a burst) end with it
	p := tea.NewProgram(app, tea.WithContext(ctx), tea.WithOutput(stdout), tea.WithFPS(ui.RendererFPS))
	stopWatching := watchContinued(ctx, p)
	_, err := p.Run()
	stopWatching()
	if err != nil && ctx.Err() == nil {
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
func (o options) switchTo(profile, from string) options {
	o.cluster, o.brokers, o.kafka, o.switchErr, o.switchedFrom = profile, "", kafkaFlags{}, "", from
	return o
}

// logCluster notes in the log which cluster a pass connects to, and the
// one it switched from, and the client properties it ignored.
func logCluster(log *slog.Logger, o options, sel selected, conn source.Conn) {
	args := []any{"profile", sel.Name, "brokers", strings.Join(conn.Brokers, ","), "embedded", sel.embedded}
	if o.switchedFrom != "" {
		log.Info("cluster switch", append([]any{"from", o.switchedFrom}, args...)...)
	} else {
		log.Info("cluster", args...)
	}
	if len(sel.Ignored) > 0 {
		log.Info("client properties ignored: tuning washboard does not use", "properties", strings.Join(sel.Ignored, ","))
	}
}

// named puts the profile's name on a start error ("cluster prod: tls ca
// file: ..."), so a bad CA says whose it is.
func (s selected) named(err error) error {
	if s.Name == "" {
		return err
	}
	return clusterError{name: s.Name, err: err}
}

// clusterError is a start error of a named cluster.
type clusterError struct {
	name string
	err  error
}

func (e clusterError) Error() string { return "cluster " + e.name + ": " + e.err.Error() }
func (e clusterError) Unwrap() error { return e.err }

// pickerProfiles are the profiles as the picker lists them, each in the
// mode a switch to it would run in: its own and the top-level read_only,
// held to --read-only's flag (ut28a U10: under --read-only the picker
// called prod `read-only admin` and staging writable while the header
// said `ro:all`), the flag named where it is stricter than the profile.
func (c Config) pickerProfiles(flag model.ReadOnly) []ui.Profile {
	var out []ui.Profile
	for _, p := range c.profiles() {
		about := dialed(p.Brokers) + " · " + p.security()
		own := c.modeOf(p)
		if m := own.Stricter(flag); m != model.ReadOnlyOff {
			about += " · read-only " + modeWords(m)
			if m != own {
				about += " (--read-only)"
			}
		}
		out = append(out, ui.Profile{Name: p.Name, About: about})
	}
	return out
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

// errNoTerminal is the console started without a terminal (from a pipe,
// cron or ssh without -t).
var errNoTerminal = errors.New("washboard needs a terminal (a TTY): run it in one (ssh -t for a remote shell); " +
	"washboard serve shares the console over SSH, washboard broker runs headless")

// needTerminal refuses to start the console unless stdin, and stdout
// when it is a file, are terminals.
func needTerminal(stdout io.Writer) error {
	if f, ok := stdout.(*os.File); (ok && !xterm.IsTerminal(f.Fd())) || !xterm.IsTerminal(os.Stdin.Fd()) {
		return errNoTerminal
	}
	return nil
}
