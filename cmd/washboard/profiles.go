package main

import (
	"fmt"
	"io"
	"net"
	"os"
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

// checkProfiles validates the [[cluster]] tables: a name each, unique,
// brokers given, views valid.
func (c Config) checkProfiles() error {
	seen := map[string]bool{}
	if len(c.Brokers) > 0 {
		seen[defaultProfile] = true
	}
	for i, p := range c.Clusters {
		switch {
		case strings.TrimSpace(p.Name) == "":
			return fmt.Errorf("cluster %d has no name", i+1)
		case seen[p.Name] && p.Name == defaultProfile:
			return fmt.Errorf("cluster %q: the top-level brokers already go by that name", p.Name)
		case seen[p.Name]:
			return fmt.Errorf("cluster %q is named twice", p.Name)
		case len(p.Brokers) == 0:
			return fmt.Errorf("cluster %q has no brokers", p.Name)
		}
		seen[p.Name] = true
		if _, err := (Config{Views: p.Views}).views(); err != nil {
			return fmt.Errorf("cluster %q: %w", p.Name, err)
		}
	}
	if c.DefaultCluster != "" && !seen[c.DefaultCluster] {
		return fmt.Errorf("default_cluster %q is not a [[cluster]] name (have: %s)", c.DefaultCluster, strings.Join(c.profileNames(), ", "))
	}
	return nil
}

// selected is the cluster a run connects to: a profile, or ad hoc from
// flags and the environment, or nothing (the embedded demo).
type selected struct {
	ClusterConfig
	embedded bool
}

// selectCluster picks what to connect to. Order: --cluster NAME; else
// --brokers or KAFKA_BROKERS (on top of the default profile's security
// settings); else default_cluster; else the top-level brokers; else the
// first [[cluster]]; else the embedded demo. Connection flags, -X and
// --command-config then apply on top.
func selectCluster(o options, cfg Config) (selected, error) {
	var s selected
	adhoc := splitBrokers(pick(o.brokers, os.Getenv("KAFKA_BROKERS")))
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
		s.ClusterConfig = p
		if o.brokers != "" {
			s.Brokers = splitBrokers(o.brokers)
		}
	case len(adhoc) > 0: // the top-level security settings, as before profiles
		s.ClusterConfig = cfg.topLevelProfile()
		s.Name, s.Brokers = "", adhoc
	case cfg.DefaultCluster != "":
		s.ClusterConfig, _ = cfg.profile(cfg.DefaultCluster)
	case len(cfg.profiles()) > 0:
		s.ClusterConfig = cfg.profiles()[0]
	default:
		s.ClusterConfig = cfg.topLevelProfile()
		s.Name = ""
	}
	if err := o.kafka.apply(&s.ClusterConfig); err != nil {
		return s, usageError{err}
	}
	for i, b := range s.Brokers {
		s.Brokers[i] = withDefaultPort(b)
	}
	s.embedded = len(s.Brokers) == 0
	return s, nil
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
	if strings.Count(host, ":") > 1 || !strings.Contains(host, ":") { // a bare IPv6 address or a host name
		return net.JoinHostPort(host, "9092")
	}
	return addr // "host:" or another malformed address: Validate words it
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
	fmt.Fprintln(tw, "\tNAME\tBROKERS\tSECURITY\tMODE")
	for _, p := range ps {
		mark := ""
		if p.Name == def {
			mark = "*"
		}
		mode := modeWords(cfg.modeOf(p))
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", mark, p.Name, strings.Join(p.Brokers, ","), p.security(), mode)
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

// modeWords says a mode as the profile list and the picker do.
func modeWords(m model.ReadOnly) string {
	switch m {
	case model.ReadOnlyAll:
		return "read-only"
	case model.ReadOnlyAdmin:
		return "read-only admin"
	}
	return "read-write"
}
