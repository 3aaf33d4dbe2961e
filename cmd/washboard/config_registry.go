package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/pelletier/go-toml/v2"

	"github.com/washboard/washboard/model/serde"
	"github.com/washboard/washboard/source"
)

// SchemaRegistryConfig is [schema_registry]: where schemas come from.
// Secrets are named by environment variable, never written in the file.
type SchemaRegistryConfig struct {
	URL                string        `toml:"url"`
	Username           string        `toml:"username"`
	PasswordEnv        string        `toml:"password_env"`
	TokenEnv           string        `toml:"token_env"`
	CAFile             string        `toml:"ca_file"`
	CertFile           string        `toml:"cert_file"`
	KeyFile            string        `toml:"key_file"`
	InsecureSkipVerify bool          `toml:"insecure_skip_verify"`
	Timeout            duration      `toml:"timeout"`
	Listen             string        `toml:"listen"` // the embedded demo's registry
	Local              []LocalSchema `toml:"local"`
}

// LocalSchema maps .avsc or .proto files to a topic's keys or values, for
// payloads written without the wire header (a cluster without registry).
type LocalSchema struct {
	Topic        string `toml:"topic"`
	KeyFile      string `toml:"key_file"`
	KeyMessage   string `toml:"key_message"`
	ValueFile    string `toml:"value_file"`
	ValueMessage string `toml:"value_message"`
}

// registry builds the registry client from flag and config; nil when
// neither names a registry nor a local schema.
func (c Config) registry(flagURL string) (*source.Registry, error) {
	sc := c.SchemaRegistry
	url := pick(flagURL, sc.URL)
	if url == "" && len(sc.Local) == 0 {
		return nil, nil
	}
	rc := source.RegistryConfig{URL: url, Username: sc.Username, Timeout: sc.Timeout.Duration,
		TLS: source.TLSConfig{Enabled: strings.HasPrefix(url, "https:") || sc.CAFile != "" || sc.CertFile != "",
			CAFile: sc.CAFile, CertFile: sc.CertFile, KeyFile: sc.KeyFile, InsecureSkipVerify: sc.InsecureSkipVerify}}
	if sc.PasswordEnv != "" {
		if rc.Password = os.Getenv(sc.PasswordEnv); rc.Password == "" {
			return nil, fmt.Errorf("schema_registry.password_env: %s is not set", sc.PasswordEnv)
		}
	}
	if sc.TokenEnv != "" {
		if rc.Token = os.Getenv(sc.TokenEnv); rc.Token == "" {
			return nil, fmt.Errorf("schema_registry.token_env: %s is not set", sc.TokenEnv)
		}
	}
	local := map[string]source.LocalSchemas{}
	for i, l := range sc.Local {
		if l.Topic == "" {
			return nil, fmt.Errorf("schema_registry.local[%d]: topic is empty", i)
		}
		var ls source.LocalSchemas
		var err error
		if ls.Key, err = localSchema(l.KeyFile, l.KeyMessage); err != nil {
			return nil, fmt.Errorf("schema_registry.local topic %s key_file: %w", l.Topic, err)
		}
		if ls.Value, err = localSchema(l.ValueFile, l.ValueMessage); err != nil {
			return nil, fmt.Errorf("schema_registry.local topic %s value_file: %w", l.Topic, err)
		}
		local[l.Topic] = ls
	}
	return source.NewRegistry(rc, local)
}

// localSchema compiles an .avsc or .proto file; "" is no schema. A .proto
// file's message is named, or its first message is used.
func localSchema(path, message string) (*serde.Schema, error) {
	if path == "" {
		return nil, nil
	}
	text, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	src := serde.Source{Subject: filepath.Base(path), Text: string(text), Message: message}
	switch strings.ToLower(filepath.Ext(path)) {
	case ".avsc":
		src.Type = serde.Avro
	case ".proto":
		src.Type = serde.Protobuf
	case ".json":
		src.Type = serde.JSON
	default:
		return nil, fmt.Errorf("%s: want a .avsc, .proto or .json schema file", path)
	}
	s, err := serde.Compile(src)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if src.Type == serde.Protobuf && message == "" {
		if ms := s.Messages(); len(ms) > 0 {
			src.Message = ms[0]
			return serde.Compile(src)
		}
	}
	return s, nil
}

// schemaRegistry is the registry of cluster profile c: its own
// [cluster.schema_registry] table (checked as strictly as the top-level
// one) in place of top, or top when it has none.
func (c ClusterConfig) schemaRegistry(top SchemaRegistryConfig) (SchemaRegistryConfig, error) {
	if len(c.SchemaRegistry) == 0 {
		return top, nil
	}
	data, err := toml.Marshal(c.SchemaRegistry)
	if err != nil {
		return top, fmt.Errorf("cluster %s: %w", c.Name, err)
	}
	var sc SchemaRegistryConfig
	if err := toml.NewDecoder(bytes.NewReader(data)).DisallowUnknownFields().Decode(&sc); err != nil {
		return top, fmt.Errorf("cluster %s schema_registry: %w", c.Name, err)
	}
	return sc, nil
}
