package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const profilesTOML = `
brokers = ["old-single:9092"]
client_id = "legacy"
[sasl]
mechanism = "PLAIN"
username = "legacy-user"
password = "legacy-pass"

[[cluster]]
name = "staging"
brokers = ["stg-1", "stg-2:9093"]
[cluster.tls]
enabled = true
insecure_skip_verify = true

[[cluster]]
name = "prod"
brokers = ["prod-1:9092"]
read_only = true
[cluster.sasl]
mechanism = "SCRAM-SHA-512"
username = "ops"
password_env = "WB_TEST_PROD_PASS"
[cluster.schema_registry]
url = "https://sr.prod:8081"
[[cluster.view]]
topic = "payments"
kind = "series"
key = "id"
[[cluster.view.field]]
path = "amount"
`

func writeConfig(t *testing.T, body string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "config.toml")
	if err := os.WriteFile(path, []byte(body), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestSelectCluster(t *testing.T) {
	cfg, err := LoadConfig(writeConfig(t, profilesTOML), true)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name     string
		o        options
		env      string // KAFKA_BROKERS
		wantName string
		brokers  string
		embedded bool
		check    func(t *testing.T, s selected)
		err      string
	}{
		{name: "the top-level settings come first, as \"default\"", wantName: "default", brokers: "old-single:9092",
			check: func(t *testing.T, s selected) {
				if s.SASL.Username != "legacy-user" || s.ClientID != "legacy" {
					t.Fatalf("the single-cluster settings were lost: %+v", s)
				}
			}},
		{name: "--cluster picks a profile; a host without a port gets 9092", o: options{cluster: "staging"}, wantName: "staging", brokers: "stg-1:9092,stg-2:9093",
			check: func(t *testing.T, s selected) {
				if !s.TLS.Enabled || !s.TLS.InsecureSkipVerify || s.SASL.Mechanism != "" {
					t.Fatalf("profile settings: %+v", s)
				}
			}},
		{name: "a profile's read-only mode, views and schema registry", o: options{cluster: "prod"}, wantName: "prod", brokers: "prod-1:9092",
			check: func(t *testing.T, s selected) {
				if s.ReadOnly != true || len(s.Views) != 1 || s.Views[0].Topic != "payments" || s.SchemaRegistry["url"] != "https://sr.prod:8081" {
					t.Fatalf("profile settings: %+v", s)
				}
			}},
		{name: "--cluster beats KAFKA_BROKERS", o: options{cluster: "prod"}, env: "env-1", wantName: "prod", brokers: "prod-1:9092"},
		{name: "KAFKA_BROKERS is ad hoc with the top-level security", env: "env-1,env-2:1", brokers: "env-1:9092,env-2:1",
			check: func(t *testing.T, s selected) {
				if s.SASL.Username != "legacy-user" {
					t.Fatalf("ad hoc brokers lost the top-level SASL: %+v", s)
				}
			}},
		{name: "--brokers beats KAFKA_BROKERS", o: options{brokers: "localhost"}, env: "env-1", brokers: "localhost:9092"},
		{name: "flags apply on top of a profile", o: options{cluster: "staging", kafka: kafkaFlags{saslMechanism: "scram-sha-256", saslUser: "me", tlsCA: "/ca.pem"}},
			wantName: "staging", brokers: "stg-1:9092,stg-2:9093",
			check: func(t *testing.T, s selected) {
				if s.SASL.Mechanism != "SCRAM-SHA-256" || s.SASL.Username != "me" || s.TLS.CAFile != "/ca.pem" || !s.TLS.Enabled {
					t.Fatalf("flags not applied: %+v", s)
				}
			}},
		{name: "-X bootstrap.servers is ad hoc, as --brokers", o: options{kafka: kafkaFlags{x: stringList{"bootstrap.servers=x1"}}}, brokers: "x1:9092"},
		{name: "unknown cluster", o: options{cluster: "nope"}, err: "--cluster nope: no such cluster in the config (have: default, staging, prod)"},
		{name: "a mechanism without a user", o: options{cluster: "staging", kafka: kafkaFlags{saslMechanism: "plain"}}, err: "SASL PLAIN needs a user name"},
		{name: "cert without key", o: options{kafka: kafkaFlags{tlsCert: "/c.pem"}}, err: "--tls-cert and --tls-key go together"},
		{name: "a bad mechanism flag", o: options{kafka: kafkaFlags{saslMechanism: "kerberos"}}, err: "--sasl-mechanism \"kerberos\""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Setenv("KAFKA_BROKERS", tt.env)
			s, err := selectCluster(tt.o, cfg)
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) {
					t.Fatalf("err %v, want %q", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if s.Name != tt.wantName || strings.Join(s.Brokers, ",") != tt.brokers || s.embedded != tt.embedded {
				t.Fatalf("picked %q %v (embedded %v), want %q %s", s.Name, s.Brokers, s.embedded, tt.wantName, tt.brokers)
			}
			if tt.check != nil {
				tt.check(t, s)
			}
		})
	}
}

func TestNoConfigMeansTheEmbeddedDemo(t *testing.T) {
	t.Setenv("KAFKA_BROKERS", "")
	s, err := selectCluster(options{}, Config{})
	if err != nil || !s.embedded {
		t.Fatalf("no brokers anywhere: %+v, %v; want the embedded demo", s, err)
	}
	if _, err := selectCluster(options{cluster: "x"}, Config{}); err == nil || !strings.Contains(err.Error(), "names no clusters") {
		t.Fatalf("--cluster without profiles: %v", err)
	}
}

func TestProfileConfigErrors(t *testing.T) {
	tests := []struct{ name, body, err string }{
		{"no name", "[[cluster]]\nbrokers = [\"a\"]\n", "cluster 1 has no name"},
		{"twice", "[[cluster]]\nname = \"a\"\nbrokers = [\"a\"]\n[[cluster]]\nname = \"a\"\nbrokers = [\"b\"]\n", `cluster "a" is named twice`},
		{"no brokers", "[[cluster]]\nname = \"a\"\n", `cluster "a" has no brokers`},
		{"default taken", "brokers = [\"x\"]\n[[cluster]]\nname = \"default\"\nbrokers = [\"b\"]\n", "top-level brokers already go by that name"},
		{"bad default_cluster", "default_cluster = \"c\"\n[[cluster]]\nname = \"a\"\nbrokers = [\"a\"]\n", `default_cluster "c" is not a [[cluster]] name`},
		{"unknown key in a profile", "[[cluster]]\nname = \"a\"\nbrokers = [\"a\"]\nbrokrs = 1\n", "cluster.brokrs: unknown key"},
		{"bad view in a profile", "[[cluster]]\nname = \"a\"\nbrokers = [\"a\"]\n[[cluster.view]]\ntopic = \"t\"\nkind = \"pie\"\n", `cluster "a"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := LoadConfig(writeConfig(t, tt.body), true)
			if err == nil || !strings.Contains(err.Error(), tt.err) {
				t.Fatalf("err %v, want %q", err, tt.err)
			}
		})
	}
}

func TestClustersCommand(t *testing.T) {
	var out bytes.Buffer
	if err := runClusters([]string{"--config", writeConfig(t, profilesTOML)}, &out); err != nil {
		t.Fatal(err)
	}
	got := out.String()
	for _, want := range []string{
		"*  default  old-single:9092", "sasl plain as legacy-user",
		"staging  stg-1:9092,stg-2:9093", "tls (unverified)",
		"prod     prod-1:9092", "sasl scram-sha-512 as ops", "READ-ONLY",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("washboard clusters lacks %q:\n%s", want, got)
		}
	}
	if strings.Contains(got, "legacy-pass") {
		t.Fatalf("a password was printed:\n%s", got)
	}
}

func TestPassword(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "pw")
	if err := os.WriteFile(file, []byte("from-file\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	asked := func(string) (string, error) { return "typed", nil }
	tests := []struct {
		name   string
		sasl   SASLConfig
		env    string // KAFKA_SASL_PASSWORD
		prompt passwordPrompt
		want   string
		err    string
	}{
		{"no mechanism, no password", SASLConfig{}, "", nil, "", ""},
		{"the config's password", SASLConfig{Mechanism: "PLAIN", Password: "cfg"}, "env", nil, "cfg", ""},
		{"password_env", SASLConfig{Mechanism: "PLAIN", PasswordEnv: "WB_TEST_PW"}, "", nil, "from-named-env", ""},
		{"a file, newline trimmed", SASLConfig{Mechanism: "PLAIN", PasswordFile: file}, "env", nil, "from-file", ""},
		{"a missing file", SASLConfig{Mechanism: "PLAIN", PasswordFile: filepath.Join(dir, "nope")}, "", nil, "", "sasl password file"},
		{"KAFKA_SASL_PASSWORD", SASLConfig{Mechanism: "PLAIN"}, "env", asked, "env", ""},
		{"the prompt", SASLConfig{Mechanism: "PLAIN", Username: "u"}, "", asked, "typed", ""},
		{"nobody to ask", SASLConfig{Mechanism: "PLAIN"}, "", nil, "", "set KAFKA_SASL_PASSWORD"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Setenv("KAFKA_SASL_PASSWORD", tt.env)
			t.Setenv("WB_TEST_PW", "from-named-env")
			got, err := tt.sasl.password(ClusterConfig{Brokers: []string{"b:1"}}, tt.prompt)
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) {
					t.Fatalf("err %v, want %q", err, tt.err)
				}
				return
			}
			if err != nil || got != tt.want {
				t.Fatalf("password %q, %v; want %q", got, err, tt.want)
			}
		})
	}
}

// TestClustersCommandSaysWhatItDials: `washboard clusters` shows a bare host
// with the port washboard dials, and a profile's laxer read_only as
// overridden rather than silently replaced (ut16b E25).
func TestClustersCommandSaysWhatItDials(t *testing.T) {
	body := `read_only = "admin"

[[cluster]]
name = "a"
brokers = ["127.0.0.1:29551"]
read_only = "off"

[[cluster]]
name = "b"
brokers = ["127.0.0.1"]

[[cluster]]
name = "c"
brokers = ["127.0.0.1:1"]
read_only = "all"
`
	var out bytes.Buffer
	if err := runClusters([]string{"--config", writeConfig(t, body)}, &out); err != nil {
		t.Fatal(err)
	}
	got := out.String()
	tests := []struct{ name, want string }{
		{"a laxer profile says it is overridden", `admin (the top-level read_only; this profile's off is laxer)`},
		{"a bare host gets Kafka's port", "127.0.0.1:9092"},
		{"a stricter profile keeps its mode, no note", "  all\n"},
	}
	for _, tt := range tests {
		if !strings.Contains(got, tt.want) {
			t.Errorf("%s: lacks %q:\n%s", tt.name, tt.want, got)
		}
	}
}

// ut19b J12: the list said MODE read-write where read_only, --read-only,
// the refusals and SSH say off, admin and all. Each profile's mode is
// said in those words, under READ-ONLY.
func TestClustersCommandSaysModesInReadOnlyWords(t *testing.T) {
	for _, mode := range []string{"off", "admin", "all"} {
		body := "[[cluster]]\nname = \"a\"\nbrokers = [\"127.0.0.1:1\"]\nread_only = \"" + mode + "\"\n"
		var out bytes.Buffer
		if err := runClusters([]string{"--config", writeConfig(t, body)}, &out); err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(strings.TrimSpace(out.String()), "\n")
		if len(lines) != 2 || !strings.HasSuffix(lines[0], "READ-ONLY") || !strings.HasSuffix(lines[1], "  "+mode) {
			t.Errorf("read_only = %q listed as:\n%s", mode, out.String())
		}
		if strings.Contains(out.String(), "read-write") {
			t.Errorf("read_only = %q listed as read-write:\n%s", mode, out.String())
		}
	}
}
