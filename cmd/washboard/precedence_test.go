package main

import (
	"bytes"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/washboard/washboard/source"
	"github.com/washboard/washboard/ui/sshserve"
)

// TestConnectionPrecedence pins the one order connection settings apply
// in: config, then KAFKA_BROKERS, --command-config, -X, and the plain flags
// last; a profile's own brokers are never overridden behind its name.
func TestConnectionPrecedence(t *testing.T) {
	cfg, err := LoadConfig(writeConfig(t, "default_cluster = \"staging\"\n"+profilesTOML), true)
	if err != nil {
		t.Fatal(err)
	}
	props := filepath.Join(t.TempDir(), "client.properties")
	if err := os.WriteFile(props, []byte("bootstrap.servers=file-1:9092\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	file := func(k kafkaFlags) kafkaFlags { k.commandConfig = props; return k }
	x := func(kv ...string) kafkaFlags { return kafkaFlags{x: kv} }
	tests := []struct {
		name     string
		o        options
		env      string // KAFKA_BROKERS
		wantName string
		brokers  string
		err      string
	}{
		{name: "--brokers beats -X bootstrap.servers", o: options{brokers: "flag-1", kafka: x("bootstrap.servers=x-1")}, brokers: "flag-1:9092"},
		{name: "--brokers beats --command-config", o: options{brokers: "flag-1", kafka: file(kafkaFlags{})}, brokers: "flag-1:9092"},
		{name: "--brokers beats all of them", o: options{brokers: "flag-1", kafka: file(x("bootstrap.servers=x-1"))}, env: "env-1", brokers: "flag-1:9092"},
		{name: "-X beats --command-config", o: options{kafka: file(x("bootstrap.servers=x-1"))}, brokers: "x-1:9092"},
		{name: "the command line beats KAFKA_BROKERS", o: options{kafka: file(kafkaFlags{})}, env: "env-1", brokers: "file-1:9092"},
		{name: "KAFKA_BROKERS beats the config's default_cluster", env: "env-1", brokers: "env-1:9092"},
		{name: "brokers from -X leave the default profile behind", o: options{kafka: x("bootstrap.servers=x-1")}, brokers: "x-1:9092"},
		{name: "the default profile without brokers given", wantName: "staging", brokers: "stg-1:9092,stg-2:9093"},
		{name: "--cluster with --brokers is refused", o: options{cluster: "prod", brokers: "flag-1"},
			err: "--cluster prod names its own brokers (prod-1:9092); --brokers would put its name and settings over another cluster"},
		{name: "--cluster with -X bootstrap.servers is refused", o: options{cluster: "prod", kafka: x("bootstrap.servers=x-1")},
			err: "--cluster prod names its own brokers (prod-1:9092); bootstrap.servers"},
		{name: "--cluster with a properties file's brokers is refused", o: options{cluster: "prod", kafka: file(kafkaFlags{})},
			err: "--cluster prod names its own brokers"},
		{name: "--cluster beats KAFKA_BROKERS", o: options{cluster: "prod"}, env: "env-1", wantName: "prod", brokers: "prod-1:9092"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Setenv("KAFKA_BROKERS", tt.env)
			t.Setenv("WB_TEST_PROD_PASS", "p")
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
			if s.Name != tt.wantName || strings.Join(s.Brokers, ",") != tt.brokers {
				t.Fatalf("picked %q %v, want %q %s", s.Name, s.Brokers, tt.wantName, tt.brokers)
			}
		})
	}
}

// TestConnectionSettingsRefused covers settings that would otherwise be
// ignored or retried forever: each is exit 2 with words.
func TestConnectionSettingsRefused(t *testing.T) {
	tests := []struct {
		name string
		o    options
		env  string
		err  string
	}{
		{name: "--brokers with only commas", o: options{brokers: ",,"}, err: `invalid broker address list ",," in --brokers: no address`},
		{name: "--brokers with only spaces", o: options{brokers: " , "}, err: "invalid broker address list"},
		{name: "KAFKA_BROKERS with only commas", env: ",", err: `invalid broker address list "," in KAFKA_BROKERS`},
		{name: "a port that is not a number", o: options{brokers: "host:notaport"}, err: `invalid broker address "host:notaport": the port must be a number`},
		{name: "a port out of range", o: options{brokers: "host:70000"}, err: `invalid broker address "host:70000"`},
		{name: "no host", o: options{brokers: ":9092"}, err: `invalid broker address ":9092": no host`},
		{name: "one bad address of two", o: options{brokers: "ok-1:9092,bad:x"}, err: `invalid broker address "bad:x"`},
		{name: "a bad address from -X", o: options{kafka: kafkaFlags{x: stringList{"bootstrap.servers=h:port"}}}, err: `invalid broker address "h:port"`},
		{name: "--sasl-username without a mechanism", o: options{brokers: "h", kafka: kafkaFlags{saslUser: "me"}}, err: "--sasl-username needs --sasl-mechanism"},
		{name: "--sasl-password-file without a mechanism", o: options{brokers: "h", kafka: kafkaFlags{saslPassFile: "/p"}}, err: "--sasl-password-file needs --sasl-mechanism"},
		{name: "-X sasl.username without a mechanism", o: options{brokers: "h", kafka: kafkaFlags{x: stringList{"sasl.username=me"}}}, err: `SASL user "me" has no mechanism`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Setenv("KAFKA_BROKERS", tt.env)
			_, err := selectCluster(tt.o, Config{})
			if err == nil || !strings.Contains(err.Error(), tt.err) {
				t.Fatalf("err %v, want %q", err, tt.err)
			}
			if _, ok := err.(usageError); !ok {
				t.Fatalf("err %T, want a usage error (exit 2)", err)
			}
		})
	}
}

func TestProfileAddressesChecked(t *testing.T) {
	_, err := LoadConfig(writeConfig(t, "[[cluster]]\nname = \"a\"\nbrokers = [\"k:nine\"]\n"), true)
	if err == nil || !strings.Contains(err.Error(), `cluster "a": invalid broker address "k:nine"`) {
		t.Fatalf("err %v", err)
	}
}

// TestFlagErrors runs the command line as a user types it: flags are named
// with their dashes, secret values never echoed, --help is usage and 0.
func TestFlagErrors(t *testing.T) {
	tests := []struct {
		name    string
		args    []string
		code    int
		out     string // in stdout (code 0) or stderr
		notOut  string // never in either
		exactly bool
	}{
		{name: "a password flag's value is never echoed", args: []string{"--sasl-password", "s3cr3t-value"}, code: 2,
			out: "washboard: --sasl-password: a password is never taken from the command line", notOut: "s3cr3t-value"},
		{name: "also with =", args: []string{"--sasl-password=s3cr3t-value"}, code: 2, out: "--sasl-password:", notOut: "s3cr3t-value"},
		{name: "an unknown flag with two dashes", args: []string{"--frobnicate"}, code: 2, out: "unknown flag --frobnicate (see washboard --help)", notOut: " -frobnicate"},
		{name: "a typo gets the closest flag", args: []string{"--brokrs", "h"}, code: 2, out: "unknown flag --brokrs: did you mean --brokers?"},
		{name: "a flag without its value", args: []string{"--brokers"}, code: 2, out: "--brokers needs a value"},
		{name: "a bad number does not echo", args: []string{"serve", "--max-sessions", "lots"}, code: 2,
			out: "--max-sessions: want a whole number of viewers from 1 (see washboard serve --help)", notOut: "lots"},
		{name: "a bad duration", args: []string{"serve", "--idle-timeout", "soon"}, code: 2, out: "--idle-timeout: want 0 (never) or a duration like 30m"},
		{name: "a switch given a value", args: []string{"--tls=maybe"}, code: 2, out: "--tls is a switch", notOut: "maybe"},
		{name: "a broker flag", args: []string{"broker", "--brokers", "two"}, code: 2, out: "--brokers: want a whole number"},
		// A user test (issue 14, F21): a switch with modes names them, and
		// its value given as the next argument gets the = form.
		{name: "a switch with modes", args: []string{"--read-only=bogus"}, code: 2, out: "--read-only: read-only mode \"bogus\": want all, admin or off", notOut: "is a switch"},
		{name: "a switch's value after a space", args: []string{"--read-only", "admin"}, code: 2, out: "as in --read-only=admin"},
		// ut18b G15: a word that is no mode either is not pointed to a
		// form that is then refused: the modes are said at once.
		{name: "a switch's bad value after a space", args: []string{"--read-only", "maybe"}, code: 2,
			out: "as in --read-only=MODE; read-only mode \"maybe\": want all, admin or off", notOut: "--read-only=maybe"},
		{name: "a topic Kafka refuses", args: []string{"broker", "--topics", "bad name!:3"}, code: 2, out: "Kafka takes letters, digits"},
		{name: "a topic without a name", args: []string{"broker", "--topics", ":3"}, code: 2, out: "name the topic"},
		{name: "no brokers", args: []string{"broker", "--brokers", "0"}, code: 2, out: "broker: --brokers: want a whole number from 1"},
		// A user test (issue 14, B17): every flag error names its flag, exit 2.
		{name: "a start washboard cannot read", args: []string{"--start", "sometime"}, code: 2, out: "--start: start \"sometime\""},
		{name: "a listen address", args: []string{"--listen", "nonsense"}, code: 2, out: "--listen: listen address \"nonsense\""},
		{name: "a log file in no folder", args: []string{"--log-file", "/nonexistent/dir/x.log"}, code: 2, out: "--log-file: the folder /nonexistent/dir does not exist"},
		// ut16b E13: a bad address is said under --brokers, as a bad list is.
		{name: "a broker address with port 0", args: []string{"--brokers", "host:0"}, code: 2, out: "--brokers: invalid broker address \"host:0\""},
		// ut15a A13: a TLS file is said under the flag that named it.
		{name: "a CA file that is not there", args: []string{"--tls-ca", "/nonexistent/ca.pem", "--brokers", "127.0.0.1:1"}, code: 2, out: "--tls-ca: cannot read /nonexistent/ca.pem: no such file", notOut: "ca_file"},
		{name: "a key file that is a folder", args: []string{"--tls-cert", "/tmp", "--tls-key", "/tmp", "--brokers", "127.0.0.1:1"}, code: 2, out: "--tls-cert: /tmp is a folder"},
		{name: "-X keeps one dash", args: []string{"-X"}, code: 2, out: "washboard: -X needs a value"},
		{name: "broker --help", args: []string{"broker", "--help"}, code: 0, out: "Usage: washboard broker [flags]", notOut: "help requested"},
		{name: "serve --help", args: []string{"serve", "--help"}, code: 0, out: "--authorized-keys PATH"},
		{name: "serve -h has the connection flags", args: []string{"serve", "-h"}, code: 0, out: "--sasl-mechanism M"},
		{name: "clusters --help", args: []string{"clusters", "--help"}, code: 0, out: "Usage: washboard clusters"},
		{name: "bench --help", args: []string{"bench", "--help"}, code: 0, out: "--rate N"},
		{name: "washboard --help", args: []string{"--help"}, code: 0, out: "Console flags:"},
		{name: "an argument that is not a flag", args: []string{"clusters", "extra"}, code: 2, out: `unexpected argument "extra"`},
		// ut19b J12: a command after the console's flags is said to go first.
		{name: "a command after a flag", args: []string{"--config", "prof.toml", "clusters"}, code: 2,
			out: `"clusters" is a command: it goes before the flags, as in washboard clusters --config prof.toml`},
		{name: "help after a flag", args: []string{"--config", "prof.toml", "help"}, code: 2, out: `"help" is a command: it goes before the flags, as in washboard help (`},
		{name: "a command after a secret is not echoed", args: []string{"--sasl-password-file", "/run/pw", "clusters"}, code: 2,
			out: "as in washboard clusters [flags]", notOut: "/run/pw"},
		{name: "brokers that name nothing", args: []string{"--brokers", ",,"}, code: 2, out: "invalid broker address list"},
		// ut22b N9: a --topic NAME@START error ends as every flag error does.
		{name: "a topic's start washboard cannot read", args: []string{"--brokers", "127.0.0.1:1", "--topic", "orders@yesterday"}, code: 2,
			out: "--topic orders@yesterday: start \"yesterday\": want end, beginning, last:N, -15m, 2026-11-29T08:00 or 0=120,1=40 (see washboard --help)"},
		// ut22b N9: a config that cannot be read is named once, the cause in words.
		{name: "a config file that is not there", args: []string{"--config", "/nonexistent/wb.toml"}, code: 2,
			out: "washboard: /nonexistent/wb.toml: no such file", notOut: "open /nonexistent"},
		// ut21a X-9: another command's flag names that command.
		{name: "a serve flag on the console", args: []string{"--idle-timeout", "5m"}, code: 2,
			out: "--idle-timeout is a flag of washboard serve, not of washboard (see washboard --help)", notOut: "unknown flag"},
		{name: "a bench flag on the broker", args: []string{"broker", "--rate", "5"}, code: 2, out: "--rate is a flag of washboard bench, not of washboard broker"},
		{name: "a broker flag on serve", args: []string{"serve", "--simulate"}, code: 2, out: "--simulate is a flag of washboard broker, not of washboard serve"},
		{name: "a console flag on the broker", args: []string{"broker", "--read-only"}, code: 2, out: "--read-only is a flag of washboard, not of washboard broker"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Setenv("KAFKA_BROKERS", "")
			t.Setenv("XDG_CONFIG_HOME", t.TempDir())
			var stdout, stderr bytes.Buffer
			code := run(tt.args, &stdout, &stderr)
			got := stderr.String()
			if tt.code == 0 {
				got = stdout.String()
			}
			if code != tt.code || !strings.Contains(got, tt.out) {
				t.Fatalf("exit %d, want %d; output %q, want %q in it", code, tt.code, got, tt.out)
			}
			if tt.notOut != "" && strings.Contains(stdout.String()+stderr.String(), tt.notOut) {
				t.Fatalf("output says %q: %q", tt.notOut, stdout.String()+stderr.String())
			}
		})
	}
}

// TestStartNotes: a start error names the profile (a bad CA says whose it
// is), and the log says which cluster, from which, and what was ignored.
func TestStartNotes(t *testing.T) {
	ca := filepath.Join(t.TempDir(), "missing-ca.pem")
	cfg := Config{Clusters: []ClusterConfig{{Name: "prod", Brokers: []string{"127.0.0.1:1"}, TLS: TLSConfig{Enabled: true, CAFile: ca}}}}
	_, err := startSystem(t.Context(), nil, options{cluster: "prod"}, cfg, slog.New(slog.DiscardHandler))
	if err == nil || !strings.HasPrefix(err.Error(), "cluster prod: ") || !strings.Contains(err.Error(), "missing-ca.pem") {
		t.Fatalf("err %v: want it to name the profile and the CA file", err)
	}

	var buf bytes.Buffer
	log := slog.New(slog.NewTextHandler(&buf, nil))
	sel := selected{ClusterConfig: ClusterConfig{Name: "beta", Ignored: []string{"acks", "linger.ms"}}}
	logCluster(log, options{switchedFrom: "alpha"}, sel, source.Conn{Brokers: []string{"b-1:9092"}})
	for _, want := range []string{`msg="cluster switch" from=alpha profile=beta brokers=b-1:9092`, `properties=acks,linger.ms`} {
		if !strings.Contains(buf.String(), want) {
			t.Fatalf("log %q lacks %q", buf.String(), want)
		}
	}
}

func TestStatusText(t *testing.T) {
	now := time.Date(2026, 1, 2, 14, 2, 7, 0, time.UTC)
	v := func(user string) sshserve.Viewer {
		return sshserve.Viewer{Session: sshserve.Session{User: user, RemoteAddr: "10.0.0.5:51234", Key: "SHA256:abc"}, Since: now.Add(-192 * time.Second)}
	}
	tests := []struct {
		viewers []sshserve.Viewer
		want    string
	}{
		{nil, "14:02:07 no viewers"},
		{[]sshserve.Viewer{{Session: sshserve.Session{User: "cy", RemoteAddr: "10.0.0.5:51234", Key: "SHA256:abc"}, Since: now.Add(-time.Minute)}}, "14:02:07 1 viewer: cy@10.0.0.5:51234 SHA256:abc (1m)"},
		{[]sshserve.Viewer{v("ann")}, "14:02:07 1 viewer: ann@10.0.0.5:51234 SHA256:abc (3m)"},
		{[]sshserve.Viewer{v("ann"), v("bob")}, "14:02:07 2 viewers: ann@10.0.0.5:51234 SHA256:abc (3m), bob@10.0.0.5:51234 SHA256:abc (3m)"},
	}
	for _, tt := range tests {
		if got := statusText(now, tt.viewers); got != tt.want {
			t.Errorf("got %q, want %q", got, tt.want)
		}
	}
}
