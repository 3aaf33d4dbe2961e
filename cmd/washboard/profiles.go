package main

import (
	"fmt"
	"io"
	"net"
	"os"
	"slices"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/washboard/washboard/model"
	"github.com/washboard/washboard/source"
)

// ClusterConfig is one [[cluster]] profile: a named cluster and how to
// reach it. The top-level brokers, client_id, [tls] and [sasl] are the
// single-cluster config of old; they still work alone, and with profiles
// they are one more, named "default".
type ClusterConfig struct {
	Name     string     `toml:"name"`
	Brokers  []string   `toml:"brokers"`
	ClientID string     `toml:"client_id"`
	ReadOnly any        `toml:"read_only"` // a mode, as the top-level read_only (Config.readOnly)
	TLS      TLSConfig  `toml:"tls"`
	SASL     SASLConfig `toml:"sasl"`
	// SchemaRegistry is this cluster's registry, with the keys of the
	// top-level [schema_registry] table; it is passed through untouched
	// for the schema registry's wiring (issue 10) to decode.
	SchemaRegistry map[string]any `toml:"schema_registry"`
	// Views replace the top-level [[view]]s for this cluster when given.
	Views []ViewConfig `toml:"view"`
	// Ignored are the harmless client tuning properties -X or
	// --command-config gave (acks, session.timeout.ms...), for the log.
	Ignored []string `toml:"-"`
}

// defaultProfile is the name the top-level connection settings go by.
const defaultProfile = "default"

// profiles are the clusters the config names: the top-level settings
// (when they name brokers) as "default", then every [[cluster]].
func (c Config) profiles() []ClusterConfig {
	var out []ClusterConfig
	if len(c.Brokers) > 0 {
		out = append(out, c.topLevelProfile())
	}
	return append(out, c.Clusters...)
}

func (c Config) topLevelProfile() ClusterConfig {
	return ClusterConfig{Name: defaultProfile, Brokers: c.Brokers, ClientID: c.ClientID, ReadOnly: c.ReadOnly, TLS: c.TLS, SASL: c.SASL}
}

// profile finds a profile by name.
func (c Config) profile(name string) (ClusterConfig, bool) {
	for _, p := range c.profiles() {
		if p.Name == name {
			return p, true
		}
	}
	return ClusterConfig{}, false
}

// profileNames lists the profiles' names in config order.
func (c Config) profileNames() []string {
	var names []string
	for _, p := range c.profiles() {
		names = append(names, p.Name)
	}
	return names
}

// profileProblem is one problem of the [[cluster]] tables: the key it is
// about ("cluster.brokers", "default_cluster"), the table's index (-1 for
// a top-level key) and what is wrong.
type profileProblem struct {
	key  string
	item int
	err  error
}

// profileProblems lists every problem of the [[cluster]] tables (a name
// each, unique, brokers given and valid, views valid, default_cluster one
// of them), so a config with several is fixed in one run (ut15a A12: the
// first stopped the check). A name given twice is said at its second use.
func (c Config) profileProblems() []profileProblem {
	var out []profileProblem
	say := func(key string, i int, format string, a ...any) {
		out = append(out, profileProblem{key: key, item: i, err: fmt.Errorf(format, a...)})
	}
	seen := map[string]bool{}
	if len(c.Brokers) > 0 {
		seen[defaultProfile] = true
	}
	for i, p := range c.Clusters {
		switch {
		case strings.TrimSpace(p.Name) == "":
			say("cluster.name", i, "cluster %d has no name", i+1)
		case seen[p.Name] && p.Name == defaultProfile:
			say("cluster.name", i, "cluster %q: the top-level brokers already go by that name", p.Name)
		case seen[p.Name]:
			say("cluster.name", i, "cluster %q is named twice", p.Name)
		}
		seen[p.Name] = true
		if len(p.Brokers) == 0 {
			say("cluster.brokers", i, "cluster %q has no brokers", p.Name)
		}
		for _, b := range p.Brokers {
			if err := checkBrokerAddress(withDefaultPort(b)); err != nil {
				say("cluster.brokers", i, "cluster %q: %w", p.Name, err)
			}
		}
		if _, err := (Config{Views: p.Views}).views(); err != nil {
			say("cluster.view", i, "cluster %q: %w", p.Name, err)
		}
	}
	if c.DefaultCluster != "" && !seen[c.DefaultCluster] {
		say("default_cluster", -1, "default_cluster %q is not a [[cluster]] name (have: %s)", c.DefaultCluster, strings.Join(slices.Compact(slices.Sorted(slices.Values(c.profileNames()))), ", "))
	}
	return out
}

// selected is the cluster a run connects to: a profile, or ad hoc from
// flags and the environment, or nothing (the embedded demo).
type selected struct {
	ClusterConfig
	embedded bool
}

// selectCluster picks what to connect to. Order: --cluster NAME; else
// brokers named on the command line (--brokers, -X bootstrap.servers,
// --command-config's bootstrap.servers) or KAFKA_BROKERS, ad hoc on top
// of the top-level security settings; else default_cluster; else the
// top-level brokers; else the first [[cluster]]; else the embedded demo.
// Then the connection settings apply on top, later ones winning: the
// profile's, --command-config's, -X's, then the plain flags (--brokers,
// --tls..., --sasl-...). The command line beats the environment, which
// beats the config file. A profile names its own brokers: --cluster with
// brokers from the command line is refused rather than showing one
// cluster's name and read-only mode over another's data.
func selectCluster(o options, cfg Config) (selected, error) {
	var s selected
	flagBrokers, err := brokerList("--brokers", o.brokers)
	if err != nil {
		return s, err
	}
	envBrokers, err := brokerList("KAFKA_BROKERS", os.Getenv("KAFKA_BROKERS"))
	if err != nil {
		return s, err
	}
	var props ClusterConfig // what the properties alone say, to see whether they name brokers
	if err := o.kafka.applyProps(&props); err != nil {
		return s, usageError{err}
	}
	cmdBrokers := len(flagBrokers) > 0 || len(props.Brokers) > 0
	switch {
	case o.cluster != "":
		p, ok := cfg.profile(o.cluster)
		if !ok {
			names := cfg.profileNames()
			if len(names) == 0 {
				return s, usageError{fmt.Errorf("--cluster %s: the config names no clusters (add [[cluster]] tables; see config.example.toml)", o.cluster)}
			}
			return s, usageError{fmt.Errorf("--cluster %s: no such cluster in the config (have: %s)", o.cluster, strings.Join(names, ", "))}
		}
		if cmdBrokers {
			from := "--brokers"
			if len(flagBrokers) == 0 {
				from = "bootstrap.servers (-X or --command-config)"
			}
			return s, usageError{fmt.Errorf("--cluster %s names its own brokers (%s); %s would put its name and settings over another cluster: give one or the other",
				o.cluster, dialed(p.Brokers), from)}
		}
		s.ClusterConfig = p
	case cmdBrokers || len(envBrokers) > 0: // the top-level security settings, as before profiles
		s.ClusterConfig = cfg.topLevelProfile()
		s.Name, s.Brokers = "", envBrokers
	case cfg.DefaultCluster != "":
		s.ClusterConfig, _ = cfg.profile(cfg.DefaultCluster)
	case len(cfg.profiles()) > 0:
		s.ClusterConfig = cfg.profiles()[0]
	default:
		s.ClusterConfig = cfg.topLevelProfile()
		s.Name = ""
	}
	s.Brokers = slices.Clone(s.Brokers)
	if err := o.kafka.apply(&s.ClusterConfig); err != nil {
		return s, usageError{err}
	}
	if len(flagBrokers) > 0 { // a plain flag: it applies last
		s.Brokers = flagBrokers
	}
	for i, b := range s.Brokers {
		s.Brokers[i] = withDefaultPort(b)
		if err := checkBrokerAddress(s.Brokers[i]); err != nil {
			if len(flagBrokers) > 0 { // said under the flag that gave it (ut16b E13)
				err = fmt.Errorf("--brokers: %w", err)
			}
			return s, usageError{err}
		}
	}
	s.embedded = len(s.Brokers) == 0
	return s, nil
}

// brokerList reads a comma-separated broker list from a flag or variable:
// given but naming no address (",,", " ") is an error, not the demo.
func brokerList(from, v string) ([]string, error) {
	out := splitBrokers(v)
	if strings.TrimSpace(v) != "" && len(out) == 0 {
		return nil, usageError{fmt.Errorf("invalid broker address list %q in %s: no address (want host:port[,host:port])", v, from)}
	}
	return out, nil
}

// checkBrokerAddress refuses an address that cannot be dialled, before
// washboard starts retrying it forever.
func checkBrokerAddress(addr string) error {
	host, port, err := net.SplitHostPort(addr)
	if err != nil {
		return fmt.Errorf("invalid broker address %q: want host:port (like kafka-1:9092)", addr)
	}
	if host == "" {
		return fmt.Errorf("invalid broker address %q: no host", addr)
	}
	if n, err := strconv.Atoi(port); err != nil || n < 1 || n > 65535 {
		return fmt.Errorf("invalid broker address %q: the port must be a number from 1 to 65535", addr)
	}
	return nil
}

// conn is the connection the settings describe, with the password
// resolved (see password.go); Conn.String never prints it.
func (c ClusterConfig) conn(prompt passwordPrompt) (source.Conn, error) {
	pass, err := c.SASL.password(c, prompt)
	if err != nil {
		return source.Conn{}, err
	}
	return source.Conn{
		Brokers:  c.Brokers,
		ClientID: c.ClientID,
		TLS: source.TLSConfig{
			Enabled: c.TLS.Enabled, CAFile: c.TLS.CAFile, CertFile: c.TLS.CertFile, KeyFile: c.TLS.KeyFile,
			InsecureSkipVerify: c.TLS.InsecureSkipVerify, ServerName: c.TLS.ServerName,
		},
		SASL: source.SASLConfig{Mechanism: c.SASL.Mechanism, Username: c.SASL.Username, Password: pass},
	}, nil
}

// withDefaultPort adds Kafka's port 9092 to an address without one, as
// kcat and the Java tools assume: "localhost" is localhost:9092.
func withDefaultPort(addr string) string {
	if _, _, err := net.SplitHostPort(addr); err == nil {
		return addr
	}
	host := strings.TrimSuffix(strings.TrimPrefix(addr, "["), "]")
	if net.ParseIP(host) != nil && strings.Contains(host, ":") || !strings.Contains(host, ":") { // a bare IPv6 address or a host name
		return net.JoinHostPort(host, "9092")
	}
	return addr // "host:" or another malformed address: Validate words it
}

// dialed lists brokers as washboard dials them, comma-separated: a bare
// host with Kafka's port (withDefaultPort), so `washboard clusters`, the
// picker, the header and every message name one address one way (ut18b
// G15: `kafka-3` in the picker was `kafka-3:9092` in the list).
func dialed(brokers []string) string {
	out := make([]string, len(brokers))
	for i, b := range brokers {
		out[i] = withDefaultPort(b)
	}
	return strings.Join(out, ",")
}

// runClusters prints the configured clusters: `washboard clusters`.
func runClusters(args []string, stdout io.Writer) error {
	o, err := parseConsoleFlags("washboard clusters", args, nil)
	if err != nil {
		return err
	}
	cfg, err := loadConfig(o.config)
	if err != nil {
		return err
	}
	ps := cfg.profiles()
	if len(ps) == 0 {
		fmt.Fprintln(stdout, "no clusters configured: washboard runs the embedded demo (add [[cluster]] tables; see config.example.toml)")
		return nil
	}
	def := cfg.DefaultCluster
	if def == "" {
		def = ps[0].Name
	}
	tw := tabwriter.NewWriter(stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "\tNAME\tBROKERS\tSECURITY\tREAD-ONLY")
	for _, p := range ps {
		mark := ""
		if p.Name == def {
			mark = "*"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", mark, p.Name, dialed(p.Brokers), p.security(), cfg.modeSaid(p))
	}
	return tw.Flush()
}

// security says in brief how a profile connects, without secrets.
func (c ClusterConfig) security() string {
	var parts []string
	switch {
	case c.TLS.Enabled && c.TLS.InsecureSkipVerify:
		parts = append(parts, "tls (unverified)")
	case c.TLS.Enabled:
		parts = append(parts, "tls")
	}
	if c.SASL.Mechanism != "" {
		parts = append(parts, "sasl "+strings.ToLower(c.SASL.Mechanism)+" as "+c.SASL.Username)
	}
	if len(parts) == 0 {
		return "plaintext"
	}
	return strings.Join(parts, ", ")
}

// title names the cluster in the header: the profile's name, then where
// it is, never a secret.
func (s selected) title(conn source.Conn) string {
	if s.Name == "" || s.embedded {
		return conn.String()
	}
	return s.Name + " · " + conn.String()
}

// modeOf is a profile's read-only mode: the stricter of its own read_only
// and the top-level one (both checked when the config was loaded).
func (c Config) modeOf(p ClusterConfig) model.ReadOnly {
	own, _ := readOnlyOf(p.ReadOnly)
	top, _ := c.readOnly()
	return own.Stricter(top)
}

// modeSaid is a profile's mode for `washboard clusters`: its words, and,
// where the profile asks for a laxer mode than the top-level read_only
// allows, that its own setting is overridden (a profile is never laxer than
// the top level, README "Clusters"), so an operator is not left wondering.
func (c Config) modeSaid(p ClusterConfig) string {
	m := c.modeOf(p)
	own, _ := readOnlyOf(p.ReadOnly)
	if p.ReadOnly == nil || own == m {
		return modeWords(m)
	}
	return fmt.Sprintf("%s (the top-level read_only; this profile's %s is laxer)", modeWords(m), own)
}

// modeWords says a mode as the profile list and the picker do: in the
// words of read_only, --read-only and the refusals (`read-only mode
// (admin): …`), off, admin or all (ut19b J12: the list said read-write
// where everything else said off).
func modeWords(m model.ReadOnly) string { return m.String() }
