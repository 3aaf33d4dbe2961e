package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/washboard/washboard/model"
	"github.com/washboard/washboard/source"
	"github.com/washboard/washboard/ui"
)

// options are the console's command-line flags.
type options struct {
	brokers, config, listen, start, logFile string
	topics                                  stringList
	noSimulate                              bool
	readOnly                                readOnlyFlag
	cluster                                 string     // a [[cluster]] profile's name (profiles.go)
	kafka                                   kafkaFlags // TLS, SASL, -X, --command-config (flags_kafka.go)
	switchErr                               string     // why the last cluster switch failed (profiles_switch.go)
	switchedFrom                            string     // the cluster the console left for this one, for the log
	schemaRegistry                          string     // --schema-registry URL (issue 10)
	showAborted                             bool       // --show-aborted (config_tail.go)
}

// readOnlyFlag is --read-only[=all|admin|off]: bare, it means all.
type readOnlyFlag struct {
	mode model.ReadOnly
	set  bool
}

func (f *readOnlyFlag) String() string   { return f.mode.String() }
func (f *readOnlyFlag) IsBoolFlag() bool { return true }

// Check says whether v is a mode, without setting it (switchValueHint).
func (f *readOnlyFlag) Check(v string) error {
	_, err := model.ParseReadOnly(v)
	return err
}

func (f *readOnlyFlag) Set(v string) error {
	m, err := model.ParseReadOnly(v)
	if err != nil {
		return err
	}
	f.mode, f.set = m, true
	return nil
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
	fs.Var(&o.readOnly, "read-only", "")
	fs.StringVar(&o.cluster, "cluster", "", "")
	o.kafka.register(fs)
	fs.StringVar(&o.schemaRegistry, "schema-registry", "", "")
	fs.BoolVar(&o.showAborted, "show-aborted", false, "")
	if err := parseFlags(fs, args); err != nil {
		return o, err
	}
	return o, o.check(fs.Name())
}

// check refuses flag values washboard would only fail on later, naming
// the flag as typed, with exit status 2 (a user test, issue 14: --start,
// --listen and --log-file errors named no flag, the last two exited 1).
func (o options) check(cmd string) error {
	bad := func(flagName string, err error) error {
		return usageError{fmt.Errorf("%s: %w (see %s --help)", flagName, err, cmd)}
	}
	if o.start != "" {
		if _, err := source.ParseStart(o.start); err != nil {
			return bad("--start", err)
		}
	}
	if o.listen != "" {
		if err := source.CheckListen(o.listen); err != nil {
			return bad("--listen", err)
		}
	}
	if o.logFile != "" {
		if st, err := os.Stat(filepath.Dir(o.logFile)); err != nil || !st.IsDir() {
			return bad("--log-file", fmt.Errorf("the folder %s does not exist", filepath.Dir(o.logFile)))
		}
	}
	// A TLS file named on the command line is said under its flag, not
	// under the config key it fills (ut15a A13: "tls ca_file: open …").
	for _, f := range []struct{ name, path string }{{"--tls-ca", o.kafka.tlsCA}, {"--tls-cert", o.kafka.tlsCert}, {"--tls-key", o.kafka.tlsKey}} {
		if f.path == "" {
			continue
		}
		if st, err := os.Stat(f.path); err != nil {
			return bad(f.name, fmt.Errorf("cannot read %s: %w", f.path, errors.Unwrap(err)))
		} else if st.IsDir() {
			return bad(f.name, fmt.Errorf("%s is a folder, not a PEM file", f.path))
		}
	}
	return nil
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
		if o.switchedFrom != "" { // the console goes back; the log says why
			log.Warn("cluster switch failed", "from", o.switchedFrom, "to", o.cluster, "err", err)
		}
		return err
	}
	sys.log = log
	sys.boxes = ui.NewBoxCache(0)
	sys.readOnly = sys.readOnly.Stricter(o.readOnly.mode) // the profile's, then the flag's
	sys.flagMode = o.readOnly.mode
	sys.exportDir = cfg.exportDir()
	sys.cfg = cfg
	return fn(ctx, sys)
}

// common is one session's view of the system: its read-only mode and
// who it acts as in the event log ("" is "local").
func (s *system) common(ctx context.Context, readOnly model.ReadOnly, user string) *ui.Common {
	return &ui.Common{
		Ctx: ctx, Store: s.store, Producer: s.producer, ExportDir: s.exportDir, Demos: s.demos, Schemas: s.schemas(), Admin: s.admin, RereadConfigs: s.rereadConfigs, Explain: source.ExplainOnce, User: user, Log: s.log, Events: s.store,
		Cluster: ui.Cluster{Name: s.name, Embedded: s.embedded, Notice: s.notice, ReadOnly: readOnly, Insecure: s.insecure,
			Profile: s.profile, Registry: s.registry.URL(), RegistryDown: s.registry.Down},
		Watcher: watcher{s.watches}, Session: "local", SaveView: s.views.save, Views: s.store, Pager: s.pager, Boxes: s.boxes,
		ShowAborted: s.showAborted,
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
	readOnly  model.ReadOnly // the stricter of --read-only and read_only in the config
	flagMode  model.ReadOnly // --read-only's alone: every profile the picker lists is held to it
	log       *slog.Logger
	exportDir string        // where the Log pane writes NDJSON exports
	demos     *source.Demos // demo groups: join groups and commit
	admin     *source.Admin // operator actions, each confirmed and checked against the mode
	cfg       Config        // the configuration the system was started from
	insecure  bool          // TLS without certificate checks: the header warns
	profile   string        // the cluster profile's name, "" ad hoc (profiles.go)
	closers   []func()      // close the clients' connections once all is stopped
	watches   *source.Watches
	sessions  atomic.Int64 // SSH sessions started, for their Watcher ids
	views     *viewsFile   // views made in the console, beside the config
	pager     *source.Pager
	registry  *source.Registry // schema registry and local schemas; nil without (issue 10)
	boxes     *ui.BoxCache     // drawn pane boxes, shared by every session (ui/boxcache.go)

	// rereadConfigs asks the poller to read a topic's configs again
	// (source.Poller.ConfigsChanged): a session opened its detail.
	rereadConfigs func(topic string)
	// showAborted starts every session's Log showing aborted transactions'
	// records (--show-aborted or [tail.fetch] show_aborted).
	showAborted bool
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
	saved := &viewsFile{path: viewsPath(o.config)}
	made, err := saved.load()
	if err != nil {
		return nil, err // a *ConfigError naming views.toml, its lines and keys
	}
	configured := views
	views = append(slices.Clip(views), made...)
	start, err := source.ParseStart(pick(o.start, cfg.Tail.Start))
	if err != nil {
		return nil, usageError{err}
	}
	sys := &system{views: saved, store: model.NewStore(views, model.Limits{LogRecords: cfg.Tail.LogRecords, LogBytes: cfg.Tail.LogBytes, Keys: cfg.Tail.MaxKeys})}
	sys.readOnly = cfg.modeOf(sel.ClusterConfig) // checked when the config was loaded
	conn, err := sel.conn(terminalPrompt())
	if errors.Is(err, errInterrupted) {
		return nil, err
	}
	if err != nil {
		return nil, usageError{sel.named(err)}
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
		return nil, usageError{sel.named(err)}
	}
	sys.name = sel.title(conn)
	client, err := conn.Client()
	if err != nil {
		return nil, sel.named(err)
	}
	if sys.producer, err = source.NewProducer(conn); err != nil {
		return nil, sel.named(err)
	}
	logCluster(log, o, sel, conn)
	sys.closers = append(sys.closers, closeIdle(client), sys.producer.Close)
	sys.profile = sel.Name
	if cfg.SchemaRegistry, err = sel.schemaRegistry(cfg.SchemaRegistry); err != nil {
		return nil, &ConfigError{Path: o.config, Key: "cluster.schema_registry", Msg: err.Error()}
	}
	if sys.registry, err = startSchemas(ctx, wg, o, cfg, log, conn, sys.embedded); err != nil {
		return nil, err
	}
	tcfg := cfg.tailConfig(client, sys.store, start, o.showAborted, log)
	sys.showAborted = tcfg.ShowAborted
	tcfg.BeforeFold = beforeFold(sys.registry)
	tail := source.NewTail(tcfg)
	lag, err := cfg.lagConfig()
	if err != nil {
		return nil, &ConfigError{Path: o.config, Key: "lag", Msg: err.Error()}
	}
	plain, placedTopics, err := splitPlaced(o.topics, time.Now())
	if err != nil { // worded as every flag error, with where to read more (ut22b N9)
		return nil, usageError{fmt.Errorf("%w (see washboard --help)", err)}
	}
	sys.watches = source.NewWatches(client, tail, cfg.Tail.MaxChosen)
	sys.pager = &source.Pager{Client: client, Decode: beforeFold(sys.registry)}
	poller := &source.Poller{
		Client: client, Store: sys.store, Watch: watch(cfg, configured, plain), Interval: cfg.Poll.Interval.Duration, Watches: sys.watches,
		Placed: placedNames(placedTopics), Also: viewTopics(made), Why: readWhy(cfg, configured, made, plain),
		Log: log, OnPartitions: tail.FollowHook(ctx), Explain: conn.Explain, Lag: lag, FetchWorkers: cfg.Poll.FetchWorkers,
		ClientID: conn.ClientID, AutoWatch: autoWatch,
	}
	sys.demos = source.NewDemos(source.DemoConfig{
		Conn: conn, Enabled: cfg.Demo.Enabled, ReadOnly: sys.readOnly.Stricter(o.readOnly.mode).Check(model.ActDemoGroup) != nil, Pace: cfg.Demo.Pace, Log: log,
	})
	sys.admin = source.NewAdmin(client)
	sys.admin.OnTopicChange = poller.ConfigsChanged // an action's effect shows at the next poll
	sys.rereadConfigs = poller.ConfigsChanged       // an opened topic's configs are read afresh
	// Close is bounded (source.LeaveBound): an exit never waits on a slow leave.
	wg.Go(func() { <-ctx.Done(); sys.demos.Close() })
	sys.store.SetCluster(sys.name, sys.embedded)
	wg.Go(func() { tail.Run(ctx) })
	wg.Go(func() { poller.Run(ctx) })
	if named := namedTopics(plain); len(placedTopics) > 0 || len(named) > 0 {
		wg.Go(func() { startPlaced(ctx, sys.watches, sys.store, placedTopics, named, log) })
	}
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

// viewTopics is the views' topics, in order.
func viewTopics(views []model.TopicView) []string {
	out := make([]string, len(views))
	for i, v := range views {
		out[i] = v.Topic
	}
	return out
}

// placedNames is the topics of the command line's NAME@START entries.
func placedNames(at []placed) []string {
	out := make([]string, len(at))
	for i, p := range at {
		out[i] = p.topic
	}
	return out
}

// readWhy says why each configured topic is read, for the Topics pane's
// u and ●: the command line, the config's tail.topics, a view or a saved view.
func readWhy(cfg Config, configured, made []model.TopicView, plain []string) map[string]string {
	why := map[string]string{}
	add := func(t, w string) {
		if why[t] == "" {
			why[t] = w
		} else if !strings.Contains(why[t], w) {
			why[t] += ", " + w
		}
	}
	for _, t := range plain {
		add(t, "--topic")
	}
	for _, t := range cfg.Tail.Topics {
		add(t, "tail.topics in the config")
	}
	if len(cfg.Tail.Topics) == 0 {
		for _, v := range configured {
			add(v.Topic, "the view "+v.Title)
		}
	}
	for _, v := range made {
		add(v.Topic, "the saved view "+v.Title)
	}
	return why
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
	if n := b.Notice(); n != "" { // the header says it only while the session is new
		log.Warn("embedded broker", "notice", n)
	}
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
