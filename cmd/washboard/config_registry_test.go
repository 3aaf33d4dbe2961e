package main

import (
	"strings"
	"testing"
)

func TestSchemaRegistryConfig(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir+"/m.avsc", `{"type":"record","name":"M","fields":[{"name":"n","type":"int"}]}`)
	writeFile(t, dir+"/r.proto", `syntax = "proto3"; message A {} message B { string s = 1; }`)
	writeFile(t, dir+"/bad.avsc", `{"type":"recod"}`)
	t.Setenv("WB_TEST_SR_PASS", "s3cret")
	tests := []struct {
		name, toml, flag string
		wantURL          string
		wantErr          string
	}{
		{"nothing configured", "", "", "", ""},
		{"flag", "", "http://127.0.0.1:1", "http://127.0.0.1:1", ""},
		{"flag beats config", "[schema_registry]\nurl = \"http://127.0.0.1:2\"\n", "http://127.0.0.1:1", "http://127.0.0.1:1", ""},
		{"basic auth from env", "[schema_registry]\nurl = \"http://127.0.0.1:2\"\nusername = \"u\"\npassword_env = \"WB_TEST_SR_PASS\"\n", "", "http://127.0.0.1:2", ""},
		{"unset password env", "[schema_registry]\nurl = \"http://127.0.0.1:2\"\npassword_env = \"WB_TEST_SR_NOPE\"\n", "", "", "WB_TEST_SR_NOPE is not set"},
		{"unset token env", "[schema_registry]\nurl = \"http://127.0.0.1:2\"\ntoken_env = \"WB_TEST_SR_NOPE\"\n", "", "", "token_env"},
		{"bad url", "[schema_registry]\nurl = \"registry:8081\"\n", "", "", "want http://host:port"},
		{"missing CA", "[schema_registry]\nurl = \"https://127.0.0.1:2\"\nca_file = \"" + dir + "/none.pem\"\n", "", "", "ca_file"},
		{"local files", "[[schema_registry.local]]\ntopic = \"t\"\nvalue_file = \"" + dir + "/m.avsc\"\nkey_file = \"" + dir + "/r.proto\"\nkey_message = \"B\"\n", "", "", ""},
		{"bad local file", "[[schema_registry.local]]\ntopic = \"t\"\nvalue_file = \"" + dir + "/bad.avsc\"\n", "", "", "bad.avsc: AVRO schema"},
		{"unknown extension", "[[schema_registry.local]]\ntopic = \"t\"\nvalue_file = \"" + dir + "/m.txt\"\n", "", "", "m.txt"},
		{"unknown message", "[[schema_registry.local]]\ntopic = \"t\"\nvalue_file = \"" + dir + "/r.proto\"\nvalue_message = \"C\"\n", "", "", "no message C"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			path := t.TempDir() + "/c.toml"
			writeFile(t, path, tc.toml)
			cfg, err := LoadConfig(path, true)
			if err != nil {
				t.Fatal(err)
			}
			reg, err := cfg.registry(tc.flag)
			if tc.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
					t.Fatalf("got %v, want an error with %q", err, tc.wantErr)
				}
				if strings.Contains(err.Error(), "s3cret") {
					t.Fatal("the password reached an error message")
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if reg.URL() != tc.wantURL {
				t.Errorf("url %q, want %q", reg.URL(), tc.wantURL)
			}
		})
	}
}

// A [[cluster]] profile's own [cluster.schema_registry] replaces the
// top-level table, checked as strictly.
func TestClusterProfileSchemaRegistry(t *testing.T) {
	path := t.TempDir() + "/c.toml"
	writeFile(t, path, `[schema_registry]
url = "http://127.0.0.1:1"

[[cluster]]
name = "own"
brokers = ["127.0.0.1:9"]
[cluster.schema_registry]
url = "http://127.0.0.1:2"
timeout = "2s"

[[cluster]]
name = "inherits"
brokers = ["127.0.0.1:9"]

[[cluster]]
name = "typo"
brokers = ["127.0.0.1:9"]
[cluster.schema_registry]
ulr = "http://127.0.0.1:3"
`)
	cfg, err := LoadConfig(path, true)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ profile, wantURL, wantErr string }{
		{"own", "http://127.0.0.1:2", ""},
		{"inherits", "http://127.0.0.1:1", ""},
		{"typo", "", "cluster typo schema_registry"},
	}
	for _, tc := range tests {
		p, ok := cfg.profile(tc.profile)
		if !ok {
			t.Fatalf("no profile %s", tc.profile)
		}
		sc, err := p.schemaRegistry(cfg.SchemaRegistry)
		if tc.wantErr != "" {
			if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
				t.Errorf("%s: got %v, want %q", tc.profile, err, tc.wantErr)
			}
			continue
		}
		if err != nil || sc.URL != tc.wantURL {
			t.Errorf("%s: url %q (%v), want %q", tc.profile, sc.URL, err, tc.wantURL)
		}
	}
}
