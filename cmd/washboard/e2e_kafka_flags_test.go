package main

import (
	"crypto/tls"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/twmb/franz-go/pkg/kfake"

	"github.com/washboard/washboard/source/kafkatest"
)

// secureCluster is a kfake that speaks only SASL/SCRAM-SHA-512 over TLS,
// with a topic no other test has; it returns its address and CA file.
func secureCluster(t *testing.T, topic string) (string, string) {
	t.Helper()
	cert, caFile := kafkatest.SelfSigned(t, t.TempDir())
	c, err := kfake.NewCluster(kfake.NumBrokers(1), kfake.SeedTopics(2, topic),
		kfake.TLS(&tls.Config{Certificates: []tls.Certificate{cert}, MinVersion: tls.VersionTLS12}),
		kfake.EnableSASL(), kfake.Superuser("SCRAM-SHA-512", "ops", "scram-secret"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Close)
	return c.ListenAddrs()[0], caFile
}

// The flags Kafka users type reach a SASL/SCRAM + TLS cluster with no
// config file: plain flags, kcat's -X, or a Java client.properties; the
// password from the environment, a file, or the properties file.
func TestE2ESecureClusterFromFlagsOnly(t *testing.T) {
	addr, ca := secureCluster(t, "secure-orders")
	dir := t.TempDir()
	pwFile := filepath.Join(dir, "password")
	writeFile(t, pwFile, "scram-secret\n")
	props := filepath.Join(dir, "client.properties")
	writeFile(t, props, "# as kafka-console-consumer.sh --command-config reads it\n"+
		"bootstrap.servers="+addr+"\n"+
		"security.protocol=SASL_SSL\n"+
		"sasl.mechanism=SCRAM-SHA-512\n"+
		"sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required \\\n"+
		"    username=\"ops\" password=\"scram-secret\";\n"+
		"ssl.truststore.type=PEM\n"+
		"ssl.truststore.location="+ca+"\n")
	tests := []struct {
		name string
		env  []string
		args []string
	}{
		{"plain flags, password from KAFKA_SASL_PASSWORD", []string{"KAFKA_SASL_PASSWORD=scram-secret"},
			[]string{"--brokers", addr, "--tls-ca", ca, "--sasl-mechanism", "scram-sha-512", "--sasl-username", "ops"}},
		{"kcat's -X, password from a file", nil,
			[]string{"-X", "bootstrap.servers=" + addr, "-X", "security.protocol=SASL_SSL", "-X", "sasl.mechanisms=SCRAM-SHA-512",
				"-X", "sasl.username=ops", "-X", "ssl.ca.location=" + ca, "--sasl-password-file", pwFile}},
		{"a client.properties only", nil, []string{"--command-config", props}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tm := startTerm(t, 160, 45, append([]string{"KAFKA_SASL_PASSWORD="}, tt.env...), append(tt.args, "--topic", "*")...)
			s := tm.waitText(30*time.Second, "● connected", "secure-orders", "(tls)", "(sasl scram-sha-512 as ops)")
			if strings.Contains(s, "scram-secret") || strings.Contains(s, "tls unverified") {
				t.Fatalf("the password or a false warning is on screen:\n%s", s)
			}
			tm.keys("q")
			if code := tm.exitCode(15 * time.Second); code != "0" {
				t.Fatalf("exit %s; stderr: %s", code, tm.stderr())
			}
		})
	}
}

// --tls-insecure connects without checking the certificate and says so in
// the header; so does insecure_skip_verify from the config.
func TestE2EInsecureTLSIsWarned(t *testing.T) {
	addr, _ := secureCluster(t, "insecure-orders")
	cfg := filepath.Join(t.TempDir(), "config.toml")
	writeFile(t, cfg, "[tls]\nenabled = true\ninsecure_skip_verify = true\n[sasl]\nmechanism = \"SCRAM-SHA-512\"\nusername = \"ops\"\npassword_env = \"WB_PW\"\n")
	for name, args := range map[string][]string{
		"flag":   {"--brokers", addr, "--tls-insecure", "--sasl-mechanism", "scram-sha-512", "--sasl-username", "ops"},
		"config": {"--brokers", addr, "--config", cfg},
	} {
		t.Run(name, func(t *testing.T) {
			tm := startTerm(t, 160, 45, []string{"KAFKA_SASL_PASSWORD=scram-secret", "WB_PW=scram-secret"}, args...)
			tm.waitText(30*time.Second, "● connected", "⚠ tls unverified")
		})
	}
}

// A property washboard cannot honour stops it before the UI, naming the
// property, with exit status 2; so does a password given as a flag value.
func TestE2EBadPropertyExits2(t *testing.T) {
	props := filepath.Join(t.TempDir(), "client.properties")
	writeFile(t, props, "bootstrap.servers=localhost\nsecurity.protocol=SASL_SSL\nsasl.mechanism=GSSAPI\n")
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"--command-config", props}, "client.properties:3: property sasl.mechanism: GSSAPI is not supported"},
		{[]string{"-X", "queued.min.messages=5"}, "property queued.min.messages: unknown or not supported"},
		{[]string{"-X", "sasl.password=hunter2"}, "never taken from the command line"},
		{[]string{"--sasl-password", "hunter2"}, "never taken from the command line"},
	}
	for _, tt := range tests {
		out, err := washboard(t, tt.args...).CombinedOutput()
		var ee *exec.ExitError
		if !errorsAs(err, &ee) || ee.ExitCode() != 2 || !strings.Contains(string(out), tt.want) {
			t.Errorf("washboard %v: err %v, output %q; want exit 2 with %q", tt.args, err, out, tt.want)
		}
	}
}

// With no password anywhere, washboard asks for it on the terminal (echo
// off) before the console starts, and connects with what was typed.
func TestE2EPasswordPrompt(t *testing.T) {
	addr, ca := secureCluster(t, "prompted-orders")
	tm := startTerm(t, 160, 45, []string{"KAFKA_SASL_PASSWORD="}, "--brokers", addr, "--tls-ca", ca,
		"--sasl-mechanism", "SCRAM-SHA-512", "--sasl-username", "ops", "--topic", "*")
	tm.waitText(30*time.Second, "SASL SCRAM-SHA-512 password for ops at "+addr+":")
	tm.keys("-l", "scram-secret")
	if s := tm.screen(); strings.Contains(s, "scram-secret") {
		t.Fatalf("the password was echoed:\n%s", s)
	}
	tm.keys("Enter")
	tm.waitText(30*time.Second, "● connected", "prompted-orders")
}

// Ctrl-C at the password prompt ends washboard at once (not after Enter),
// with exit 130 and "interrupted", and leaves the terminal's echo on.
func TestE2EPasswordPromptInterrupted(t *testing.T) {
	addr, ca := secureCluster(t, "interrupted-orders")
	errFile := shellQuote(filepath.Join(t.TempDir(), "stderr"))
	script := shellQuote(binary(t)) + " --brokers " + addr + " --tls-ca " + shellQuote(ca) +
		" --sasl-mechanism scram-sha-512 --sasl-username ops 2>" + errFile + "; echo rc=$?; cat " + errFile + ";" +
		" echo echo-state: $(stty -a | tr ' ' '\\n' | grep -x -e echo -e -echo)"
	tm := startCommand(t, 160, 45, []string{"KAFKA_SASL_PASSWORD="}, "sh", "-c", script)
	tm.waitText(30*time.Second, "SASL SCRAM-SHA-512 password for ops at "+addr+":")
	tm.keys("-l", "half")
	tm.keys("C-c")
	s := tm.waitText(10*time.Second, "rc=130", "washboard: interrupted", "echo-state:")
	if !strings.Contains(s, "echo-state: echo") {
		t.Fatalf("the terminal's echo was not restored:\n%s", s)
	}
}

// Without a terminal the console says so and exits, instead of drawing
// into a pipe.
func TestE2ENoTerminal(t *testing.T) {
	out, err := washboard(t, "--brokers", "127.0.0.1:1").CombinedOutput()
	var ee *exec.ExitError
	if !errorsAs(err, &ee) || ee.ExitCode() != 1 || !strings.HasPrefix(string(out), "washboard needs a terminal (a TTY)") {
		t.Fatalf("err %v, output %q; want exit 1 saying a terminal is needed", err, out)
	}
}
