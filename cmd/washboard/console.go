package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"strings"
	"sync"

	"github.com/washboard/washboard/model"
	"github.com/washboard/washboard/source"
	"github.com/washboard/washboard/ui"
)

// options are the console's command-line flags.
type options struct {
	brokers, config, listen, start, logFile string
	topics                                  stringList
	noSimulate, readOnly                    bool
	cluster                                 string     // a [[cluster]] profile's name (profiles.go)
	kafka                                   kafkaFlags // TLS, SASL, -X, --command-config (flags_kafka.go)
	switchErr                               string     // why the last cluster switch failed (profiles_switch.go)
}

type stringList []string

func (s *stringList) String() string     { return strings.Join(*s, ",") }
func (s *stringList) Set(v string) error { *s = append(*s, v); return nil }

// parseConsoleFlags reads the console's flags, plus any a subcommand adds.
func parseConsoleFlags(name string, args []string, extra func(*flag.FlagSet)) (options, error) {
	var o options
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	if extra != nil {
		extra(fs)
	}
	fs.SetOutput(io.Discard)
	fs.StringVar(&o.brokers, "brokers", "", "")
	fs.StringVar(&o.config, "config", "", "")
	fs.StringVar(&o.listen, "listen", "", "")
	fs.StringVar(&o.start, "start", "", "")
	fs.StringVar(&o.logFile, "log-file", "", "")
	fs.Var(&o.topics, "topic", "")
	fs.BoolVar(&o.noSimulate, "no-simulate", false, "")
	fs.BoolVar(&o.readOnly, "read-only", false, "")
	fs.StringVar(&o.cluster, "cluster", "", "")
	o.kafka.register(fs)
	if err := fs.Parse(args); err != nil {
		return o, usageError{fmt.Errorf("%w (see washboard help)", flagError(err, args))}
	}
	if fs.NArg() > 0 {
		return o, usageError{fmt.Errorf("unexpected argument %q (see washboard help)", fs.Arg(0))}
	}
	return o, nil
}

// loadConfig reads --config, or the default path when it exists.
func loadConfig(path string) (Config, error) {
	if path != "" {
		return LoadConfig(path, true)
	}
	return LoadConfig(DefaultConfigPath(), false)
}

// openLog opens the log file, or discards logs: the terminal belongs to
// the UI while it runs.
func openLog(path string) (*slog.Logger, func(), error) {
	if path == "" {
		return slog.New(slog.DiscardHandler), func() {}, nil
	}
	f, err := os.OpenFile(path, os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o600)
	if err != nil {
		return nil, nil, fmt.Errorf("log file: %w", err)
	}
	return slog.New(slog.NewTextHandler(f, nil)), func() { _ = f.Close() }, nil
}

// pick returns the first non-empty value.
func pick(vals ...string) string {
	for _, v := range vals {
		if v != "" {
			return v
		}
	}
	return ""
}

func splitBrokers(s string) []string {
	var out []string
	for _, b := range strings.Split(s, ",") {
		if b = strings.TrimSpace(b); b != "" {
			out = append(out, b)
		}
	}
	return out
}

func runConsole(ctx context.Context, args []string, stdout io.Writer) error {
	o, err := parseConsoleFlags("washboard", args, nil)
	if err != nil {
		return err
	}
	// Each pass runs one cluster; choosing another in the picker ends the
	// pass, which stops that cluster's goroutines and connections (profiles_switch.go).
	return switchLoop(ctx, o, func(ctx context.Context, o options, sys *system) (string, error) {
		return runProgram(ctx, sys, stdout, o.switchErr)
	})
}

// withSystem loads the config, opens the log, starts the shared system and
// runs fn with it; when fn returns, every goroutine the system started is
// stopped and waited for.
func withSystem(ctx context.Context, o options, fn func(context.Context, *system) error) error {
	cfg, err := loadConfig(o.config)
	if err != nil {
		return err
	}
	log, closeLog, err := openLog(pick(o.logFile, cfg.LogFile))
	if err != nil {
		return err
	}
	defer closeLog()
	ctx, cancel := context.WithCancel(ctx)
	var wg sync.WaitGroup
	// Stop, then wait: every goroutine started below ends with ctx. Then
	// close the clients' connections, which nothing uses any more.
	var sys *system
	defer func() { cancel(); wg.Wait(); sys.closeConns() }()
	sys, err = startSystem(ctx, &wg, o, cfg, log)
	if err != nil {
		return err
	}
	sys.log = log
	sys.readOnly = sys.readOnly || o.readOnly || cfg.ReadOnly
	sys.exportDir = cfg.exportDir()
	sys.cfg = cfg
	return fn(ctx, sys)
}

// common is one session's view of the system.
func (s *system) common(ctx context.Context, readOnly bool) *ui.Common {
	return &ui.Common{
		Ctx: ctx, Store: s.store, Producer: s.producer, ExportDir: s.exportDir, Demos: s.demos,
		Cluster: ui.Cluster{Name: s.name, Embedded: s.embedded, Notice: s.notice, ReadOnly: readOnly, Insecure: s.insecure,
			Profile: s.profile},
	}
}

// system is the shared, per-process part: one store, one poller, one tail
// (and the embedded broker and simulators in demo mode). Every session
// renders the same system.
type system struct {
	store     *model.Store
	producer  *source.Producer
	name      string
	embedded  bool
	notice    string
	readOnly  bool // --read-only or read_only in the config
	log       *slog.Logger
	exportDir string        // where the Log pane writes NDJSON exports
	demos     *source.Demos // the only writer of group state (demo groups)
	cfg       Config        // the configuration the system was started from
	insecure  bool          // TLS without certificate checks: the header warns
	profile   string        // the cluster profile's name, "" ad hoc (profiles.go)
	closers   []func()      // close the clients' connections once all is stopped
}

func startSystem(ctx context.Context, wg *sync.WaitGroup, o options, cfg Config, log *slog.Logger) (*system, error) {
	sel, err := selectCluster(o, cfg)
	if err != nil {
		return nil, err
	}
	if len(sel.Views) > 0 { // the profile's own views
		cfg.Views = sel.Views
	}
	views, err := cfg.views()
	if err != nil {
		return nil, &ConfigError{Path: o.config, Key: "view", Msg: err.Error()}
	}
	start, err := source.ParseStart(pick(o.start, cfg.Tail.Start))
	if err != nil {
		return nil, usageError{err}
	}
	sys := &system{store: model.NewStore(views, model.Limits{LogRecords: cfg.Tail.LogRecords, LogBytes: cfg.Tail.LogBytes, Keys: cfg.Tail.MaxKeys})}
	sys.readOnly = sel.ReadOnly
	conn, err := sel.conn(terminalPrompt())
	if err != nil {
		return nil, usageError{err}
	}
	if sel.embedded {
		b, err := startEmbedded(ctx, wg, o, cfg, log)
		if err != nil {
			return nil, err
		}
		conn = source.Conn{Brokers: []string{b.Addr()}, ClientID: cfg.ClientID}
		sys.embedded, sys.notice = true, b.Notice()
	}
	sys.insecure = conn.TLS.Enabled && conn.TLS.InsecureSkipVerify
	if err := conn.Validate(); err != nil {
		return nil, usageError{err}
	}
	sys.name = sel.title(conn)
	client, err := conn.Client()
	if err != nil {
		return nil, err
	}
	if sys.producer, err = source.NewProducer(conn); err != nil {
		return nil, err
	}
	sys.closers = append(sys.closers, closeIdle(client), sys.producer.Close)
	sys.profile = sel.Name
	tail := source.NewTail(ctx, source.TailConfig{Client: client, Store: sys.store, Start: start, Log: log})
	lag, err := cfg.lagConfig()
	if err != nil {
		return nil, &ConfigError{Path: o.config, Key: "lag", Msg: err.Error()}
	}
	poller := &source.Poller{
		Client: client, Store: sys.store, Watch: watch(cfg, views, o.topics), Interval: cfg.Poll.Interval.Duration,
		Log: log, OnPartitions: tail.Follow, Explain: conn.Explain, Lag: lag, FetchWorkers: cfg.Poll.FetchWorkers,
		ClientID: conn.ClientID, AutoWatch: autoWatch,
	}
	sys.demos = source.NewDemos(source.DemoConfig{
		Conn: conn, Enabled: cfg.Demo.Enabled, ReadOnly: o.readOnly || cfg.ReadOnly || sel.ReadOnly, Pace: cfg.Demo.Pace, Log: log,
	})
	wg.Go(func() { <-ctx.Done(); sys.demos.Close() })
	sys.store.SetCluster(sys.name, sys.embedded)
	wg.Go(tail.Run)
	wg.Go(func() { poller.Run(ctx) })
	return sys, nil
}

// autoWatch is how many of the busiest topics are read on a cluster with
// none of the watched topics.
const autoWatch = 3

// watch is the set of watched topics: the config's or flags', the views'
// topics by default, every topic with "*".
func watch(cfg Config, views []model.TopicView, extra []string) source.Watch {
	var w source.Watch
	for _, t := range append(append([]string{}, cfg.Tail.Topics...), extra...) {
		if t == "*" {
			w.All = true
		} else {
			w.Topics = append(w.Topics, t)
		}
	}
	if len(cfg.Tail.Topics) == 0 {
		for _, v := range views {
			w.Topics = append(w.Topics, v.Topic)
		}
	}
	return w
}

func startEmbedded(ctx context.Context, wg *sync.WaitGroup, o options, cfg Config, log *slog.Logger) (*source.Broker, error) {
	bcfg := source.DefaultBrokerConfig()
	bcfg.Listen = pick(o.listen, cfg.Embedded.Listen, bcfg.Listen)
	if cfg.Embedded.RetentionBytes > 0 {
		bcfg.RetentionBytes = cfg.Embedded.RetentionBytes
	}
	bcfg.Logger = log
	b, err := source.StartBroker(bcfg)
	if err != nil {
		return nil, err
	}
	wg.Go(func() { b.Run(ctx) })
	simulate := !o.noSimulate && (cfg.Embedded.Simulate == nil || *cfg.Embedded.Simulate)
	if !simulate {
		return b, nil
	}
	scfg := source.DefaultSimConfig()
	setIf(&scfg.MachinesPerSec, cfg.Embedded.MachinesPerSec)
	setIf(&scfg.RidersPerSec, cfg.Embedded.RidersPerSec)
	setIf(&scfg.StudentsPerSec, cfg.Embedded.StudentsPerSec)
	sim, err := source.NewSimulator(source.Conn{Brokers: []string{b.Addr()}}, scfg, log)
	if err != nil {
		return nil, err
	}
	wg.Go(func() { _ = sim.Run(ctx) })
	return b, nil
}

func setIf(dst *float64, v float64) {
	if v > 0 {
		*dst = v
	}
}
