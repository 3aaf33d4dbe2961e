package main

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/pelletier/go-toml/v2"

	"github.com/washboard/washboard/model"
)

// Config is the TOML configuration; config.example.toml documents every key.
type Config struct {
	Brokers  []string `toml:"brokers"`
	ClientID string   `toml:"client_id"`
	ReadOnly any      `toml:"read_only"` // "all", "admin", "off", or a boolean (readOnly)
	LogFile  string   `toml:"log_file"`

	Tail     TailConfig     `toml:"tail"`
	Poll     PollConfig     `toml:"poll"`
	TLS      TLSConfig      `toml:"tls"`
	SASL     SASLConfig     `toml:"sasl"`
	Embedded EmbeddedConfig `toml:"embedded"`
	Views    []ViewConfig   `toml:"view"`
	Log      LogConfig      `toml:"log"`
	Lag      LagConfig      `toml:"lag"`  // issue 4: config_lag.go
	Demo     DemoConfig     `toml:"demo"` // issue 4: config_lag.go

	// Issue 12: config_serve.go, profiles.go.
	Serve          ServeConfig     `toml:"serve"`
	Clusters       []ClusterConfig `toml:"cluster"`
	DefaultCluster string          `toml:"default_cluster"`

	SchemaRegistry SchemaRegistryConfig `toml:"schema_registry"` // issue 10: config_registry.go
}

type TailConfig struct {
	Topics     []string `toml:"topics"`
	Start      string   `toml:"start"`
	LogRecords int      `toml:"log_records"`
	LogBytes   int64    `toml:"log_bytes"`
	MaxKeys    int      `toml:"max_keys"`
	// MaxChosen bounds the topics sessions choose to read at runtime, all
	// sessions together (default 16).
	MaxChosen int `toml:"max_chosen"`

	Fetch FetchConfig `toml:"fetch"` // issue 9: config_tail.go
}

type PollConfig struct {
	Interval     duration `toml:"interval"`
	FetchWorkers int      `toml:"fetch_workers"`
}

type TLSConfig struct {
	Enabled            bool   `toml:"enabled"`
	CAFile             string `toml:"ca_file"`
	CertFile           string `toml:"cert_file"`
	KeyFile            string `toml:"key_file"`
	InsecureSkipVerify bool   `toml:"insecure_skip_verify"`
	ServerName         string `toml:"server_name"`
}

type SASLConfig struct {
	Mechanism   string `toml:"mechanism"`
	Username    string `toml:"username"`
	Password    string `toml:"password"`
	PasswordEnv string `toml:"password_env"`
	// PasswordFile holds the password on one line (issue 12: password.go).
	PasswordFile string `toml:"password_file"`
}

type EmbeddedConfig struct {
	Listen         string  `toml:"listen"`
	RetentionBytes int64   `toml:"retention_bytes"`
	Simulate       *bool   `toml:"simulate"`
	MachinesPerSec float64 `toml:"machines_per_sec"`
	RidersPerSec   float64 `toml:"riders_per_sec"`
	StudentsPerSec float64 `toml:"students_per_sec"`
}

type ViewConfig struct {
	Topic  string            `toml:"topic"`
	Kind   string            `toml:"kind"`
	Title  string            `toml:"title,omitempty"`
	Key    string            `toml:"key,omitempty"`
	Status string            `toml:"status,omitempty"`
	Enum   map[string]string `toml:"enum,omitempty"`
	Fields []FieldConfig     `toml:"field"`
	// History and staleness (issue 3): zero values take model's defaults.
	Window duration `toml:"window,omitempty"`
	Bucket duration `toml:"bucket,omitempty"`
	Stale  duration `toml:"stale,omitempty"`
	Rate   string   `toml:"rate,omitempty"`
}

type FieldConfig struct {
	Path  string   `toml:"path"`
	Label string   `toml:"label,omitempty"`
	Unit  string   `toml:"unit,omitempty"`
	Warn  *float64 `toml:"warn,omitempty"`
	Crit  *float64 `toml:"crit,omitempty"`
}

// duration reads "1s", "500ms" from TOML.
type duration struct {
	time.Duration
	text string // as written in the file, for errors that echo it ("-5m", not -5m0s)
}

// MarshalText writes a duration back as "1m30s" (the views file).
func (d duration) MarshalText() ([]byte, error) { return []byte(d.Duration.String()), nil }

// typed is the duration as the file wrote it (as Go writes it when it
// was not read from a file).
func (d duration) typed() string {
	if d.text != "" {
		return d.text
	}
	return d.Duration.String()
}

func (d *duration) UnmarshalText(b []byte) error {
	v, err := time.ParseDuration(string(b))
	if err != nil {
		return fmt.Errorf("%q is not a duration (like 1s or 500ms)", b)
	}
	d.Duration, d.text = v, string(b)
	return nil
}

// DefaultConfigPath is $XDG_CONFIG_HOME/washboard/config.toml.
func DefaultConfigPath() string {
	dir := os.Getenv("XDG_CONFIG_HOME")
	if dir == "" {
		home, err := os.UserHomeDir()
		if err != nil {
			return ""
		}
		dir = filepath.Join(home, ".config")
	}
	return filepath.Join(dir, "washboard", "config.toml")
}

// ConfigError is a configuration problem; it names the file, line and key,
// and makes washboard exit with status 2.
type ConfigError struct {
	Path string
	Line int
	Key  string
	Msg  string
	// Table is set when the problem is a table, not a key: its header as
	// written ("[kafka]", "[[views]]").
	Table string
}

func (e *ConfigError) Error() string {
	var b strings.Builder
	b.WriteString(e.Path)
	if e.Line > 0 {
		fmt.Fprintf(&b, ":%d", e.Line)
	}
	switch {
	case e.Table != "":
		fmt.Fprintf(&b, ": table %s", e.Table)
	case e.Key != "":
		fmt.Fprintf(&b, ": key %s", e.Key)
	}
	b.WriteString(": " + e.Msg)
	return b.String()
}

// LoadConfig reads path. A missing file is no error when it is the default
// path (required false); unknown keys and wrong types are.
func LoadConfig(path string, required bool) (Config, error) {
	var cfg Config
	data, err := os.ReadFile(path)
	if err != nil {
		if errors.Is(err, os.ErrNotExist) && !required {
			return cfg, nil
		}
		return cfg, &ConfigError{Path: path, Msg: readError(err)}
	}
	cfg, p := configProblemsOf(path, data)
	return cfg, p.err()
}

// configProblemsOf decodes data (the file at path) and checks it,
// gathering every problem (LoadConfig says them).
func configProblemsOf(path string, data []byte) (Config, *configProblems) {
	var cfg Config
	refused, complete := decodeAll(path, data, &cfg)
	p := &configProblems{path: path, lines: tomlLines(data), errs: refused}
	if !complete { // a syntax error: what was decoded before it is not the file
		return cfg, p
	}
	for _, e := range checkConfig(path, data, &cfg) {
		// A line the decoder refused was left out: the checks saw its key
		// unset, which is not news.
		if !slices.ContainsFunc(refused, func(r *ConfigError) bool { return r.Line > 0 && r.Line == e.Line }) {
			p.errs = append(p.errs, e)
		}
	}
	return cfg, p
}

// maxConfigProblems bounds the lines decodeAll takes out of a file.
const maxConfigProblems = 50

// decodeAll decodes data into cfg. When the decoder refuses a line (an
// unknown key, a value of the wrong type, a duration it cannot read) the
// problem is noted, that line is left out, and the file is decoded again,
// so that every such problem is said in one run, with washboard's own
// checks of the rest (a user test, issue 14, B16: a file with seven
// mistakes took three runs). A syntax error stops it: nothing after it
// can be read.
// complete is false after a syntax error.
func decodeAll(path string, data []byte, cfg *Config) (refused []*ConfigError, complete bool) {
	cur := bytes.Clone(data)
	for range maxConfigProblems {
		*cfg = Config{}
		err := toml.NewDecoder(bytes.NewReader(cur)).DisallowUnknownFields().Decode(cfg)
		if err == nil {
			return refused, true
		}
		found := lineErrors(path, data, err)
		if len(found) == 0 { // a syntax error: said with what was found before it
			return append(refused, placeSyntax(tomlError(path, err), cur)), false
		}
		for _, e := range found {
			refused = append(refused, e)
			if first, last := tableLines(data, e); last > 0 { // an unknown table: none of its keys is read
				for n := first; n <= last; n++ {
					cur = blankLine(cur, n)
				}
				continue
			}
			cur = blankLine(cur, e.Line)
		}
	}
	return refused, false
}

// lineErrors are the problems err names with their lines: unknown keys,
// a value of the wrong type, a value a parser refused (placed by the
// value it quotes); none for a syntax error.
func lineErrors(path string, data []byte, err error) []*ConfigError {
	var strict *toml.StrictMissingError
	if errors.As(err, &strict) {
		var out []*ConfigError
		for _, e := range strict.Errors {
			line, _ := e.Position()
			key := strings.Join(e.Key(), ".")
			out = append(out, &ConfigError{Path: path, Line: line, Key: key, Msg: unknownKey(key)})
		}
		return out
	}
	ce := tomlError(path, err)
	var de *toml.DecodeError
	if errors.As(err, &de) {
		if len(de.Key()) == 0 {
			return nil // a syntax error: the lines after it cannot be trusted
		}
		return []*ConfigError{ce}
	}
	if ce.Line == 0 && ce.Key == "" {
		ce = placeConfigError(ce, data) // a value a parser refused without its position
	}
	if ce.Line == 0 {
		return nil
	}
	return []*ConfigError{ce}
}

// blankLine empties line n (from 1) of data, keeping the line count.
func blankLine(data []byte, n int) []byte {
	lines := bytes.Split(data, []byte("\n"))
	if n >= 1 && n <= len(lines) {
		lines[n-1] = nil
	}
	return bytes.Join(lines, []byte("\n"))
}

// readOnly is the read_only key as a mode: true is "all", false "off".
func (c Config) readOnly() (model.ReadOnly, error) { return readOnlyOf(c.ReadOnly) }

// readOnlyOf reads a read_only value: a mode's name or a boolean.
func readOnlyOf(v any) (model.ReadOnly, error) {
	switch v := v.(type) {
	case nil:
		return model.ReadOnlyOff, nil
	case bool:
		if v {
			return model.ReadOnlyAll, nil
		}
		return model.ReadOnlyOff, nil
	case string:
		return model.ParseReadOnly(v)
	}
	return model.ReadOnlyOff, fmt.Errorf("want \"all\", \"admin\", \"off\" or true/false, not %v", v)
}

func tomlError(path string, err error) *ConfigError {
	var de *toml.DecodeError
	if errors.As(err, &de) {
		line, _ := de.Position()
		return &ConfigError{Path: path, Line: line, Key: strings.Join(de.Key(), "."), Msg: typeWords(strings.TrimPrefix(de.Error(), "toml: "))}
	}
	return &ConfigError{Path: path, Msg: strings.TrimPrefix(err.Error(), "toml: ")}
}

var decodeTypeErr = regexp.MustCompile(`^cannot decode TOML (\w+) into struct field \S+ of type (\S+)$`)

// typeWords rewrites go-toml's type mismatch, which names Go types
// ("main.Config.Brokers of type []string"), in the file's own terms.
func typeWords(msg string) string {
	m := decodeTypeErr.FindStringSubmatch(msg)
	if m == nil {
		return msg
	}
	want := map[string]string{
		"[]string": "a list of strings, like [\"a\", \"b\"]", "string": "a string in quotes",
		"int": "a whole number", "int64": "a whole number", "float64": "a number", "*float64": "a number",
		"bool": "true or false", "*bool": "true or false", "main.duration": "a duration in quotes, like \"1s\"",
	}[m[2]]
	if want == "" {
		want = "another type"
	}
	return "this is a TOML " + m[1] + "; it should be " + want
}

// views are the configured topic views, or the seed defaults.
func (c Config) views() ([]model.TopicView, error) {
	if len(c.Views) == 0 {
		return model.DefaultViews(), nil
	}
	out := make([]model.TopicView, 0, len(c.Views))
	for _, v := range c.Views {
		tv := model.TopicView{Topic: v.Topic, Kind: model.ViewKind(v.Kind), Title: v.Title, Key: v.Key, Status: v.Status, Enum: v.Enum}
		if tv.Key == model.RecordKey { // written out, as views.toml does
			tv.Key = ""
		}
		tv.Span, tv.Bucket, tv.Stale, tv.Rate = v.Window.Duration, v.Bucket.Duration, v.Stale.Duration, v.Rate
		if tv.Title == "" {
			tv.Title = v.Topic
		}
		for _, f := range v.Fields {
			label := f.Label
			if label == "" {
				label = f.Path
			}
			tv.Fields = append(tv.Fields, model.Field{Path: f.Path, Label: label, Unit: f.Unit, Warn: f.Warn, Crit: f.Crit})
		}
		if err := tv.Validate(); err != nil {
			return nil, err
		}
		out = append(out, tv)
	}
	return out, nil
}

// readError says why a file could not be read, in words and without its
// path, which the error already starts with (ut22b N9: `/x.toml: open
// /x.toml: no such file or directory`).
func readError(err error) string {
	switch {
	case errors.Is(err, os.ErrNotExist):
		return "no such file"
	case errors.Is(err, os.ErrPermission):
		return "not allowed to read it (permission denied)"
	}
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}
