package main

import (
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// Every config error names the file, the line and the key, whether the
// TOML decoder or washboard's own checks found it.
func TestConfigErrorsNameFileLineAndKey(t *testing.T) {
	tests := []struct {
		toml string
		line int
		key  string
	}{
		{"[poll]\ninterval = 5\n", 2, "poll.interval"},
		{"[poll]\ninterval = \"soon\"\n", 2, "poll.interval"},
		{"[poll]\nfetch_workers = \"many\"\n", 2, "poll.fetch_workers"},
		{"\n[tail]\nstart = \"last:-3\"\n", 3, "tail.start"},
		{"[tail]\nlog_records = \"lots\"\n", 2, "tail.log_records"},
		{"[tail]\nmax_keys = 1.5\n", 2, "tail.max_keys"},
		{"[tail]\nlog_bytes = \"lots\"\n", 2, "tail.log_bytes"},
		{"brokers = \"localhost:9092\"\n", 1, "brokers"},
		{"[lag]\nhistory = 7\n", 2, "lag.history"},
		{"[poll]\ninterval = \"2s\"\n[lag]\nwindow = \"1s\"\n", 4, "lag.window"},
		{"[embedded]\nretention_bytes = \"big\"\n", 2, "embedded.retention_bytes"},
		{"[demo]\npace = \"slow\"\n", 2, "demo.pace"},
		{"[[view]]\ntopic = \"x\"\nkind = \"pie\"\n", 3, "view.kind"},
		// Found by a user test (issue 14, F20): washboard's own checks.
		{"read_only = \"maybe\"\n", 1, "read_only"},
		{"brokers = [\"a:9092\"]\ndefault_cluster = \"nope\"\n", 2, "default_cluster"},
		{"[[view]]\ntopic = \"a\"\nkind = \"status\"\nstatus = \"s\"\n[[view]]\ntopic = \"orders\"\nkind = \"series\"\n", 5, "view"},
		{"[embedded]\nlisten = \"nonsense\"\n", 2, "embedded.listen"},
		{"log_file = \"/nonexistent/dir/x.log\"\n", 1, "log_file"},
		{"[lag]\nstop_after = \"-5m\"\n", 2, "lag.stop_after"},
		{"[demo]\npace = -1.0\n", 2, "demo.pace"},
		{"[tail]\nlog_records = -5\n", 2, "tail.log_records"},
		{"[poll]\ninterval = \"0s\"\n", 2, "poll.interval"},
		{"brokers = [\"127.0.0.1:43103:99\"]\n", 1, "brokers"},
		{"[[cluster]]\nname = \"a\"\nbrokers = [\"h:1\"]\n[[cluster]]\nname = \"b\"\nbrokers = [\"h:2\"]\nread_only = \"sometimes\"\n", 7, "cluster.read_only"},
		{"[[view]]\ntopic = \"a\"\nkind = \"series\"\n[[view.field]]\npath = \"x\"\n[[view]]\ntopic = \"b\"\nkind = \"status\"\nstatus = \"s\"\nwindow = \"-1m\"\n", 10, "view.window"},
	}
	for _, tt := range tests {
		t.Run(tt.key, func(t *testing.T) {
			path := t.TempDir() + "/c.toml"
			writeFile(t, path, tt.toml)
			_, err := LoadConfig(path, true)
			want := regexp.QuoteMeta(path) + ":" + itoaTest(tt.line) + ": key " + regexp.QuoteMeta(tt.key) + ": "
			if err == nil || !regexp.MustCompile(want).MatchString(err.Error()) {
				t.Fatalf("error %v, want it to start %q", err, path+":"+itoaTest(tt.line)+": key "+tt.key)
			}
		})
	}
}

func itoaTest(n int) string { return strconv.Itoa(n) }

// Every problem in a file is said in one run, each at its line.
func TestConfigListsEveryProblemAtOnce(t *testing.T) {
	path := t.TempDir() + "/c.toml"
	writeFile(t, path, "read_only = \"maybe\"\n[poll]\ninterval = \"0s\"\n[tail]\nlog_records = -5\n[demo]\npace = -1.0\n")
	_, err := LoadConfig(path, true)
	if err == nil {
		t.Fatal("no error")
	}
	for _, want := range []string{"4 problems", ":1: key read_only", ":3: key poll.interval", ":5: key tail.log_records", ":7: key demo.pace"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q lacks %q", err, want)
		}
	}
}

// Wrong types, unknown keys and values washboard refuses are all said in
// one run, each at its line (a user test, issue 14, B16: the decoder's
// first error hid the rest, seven mistakes took three runs); a line left
// out is not said again as unset.
func TestConfigListsTypeErrorsUnknownKeysAndValuesTogether(t *testing.T) {
	path := t.TempDir() + "/c.toml"
	writeFile(t, path, "read_only = \"maybe\"\nbrokers = \"localhost:9092\"\n[poll]\ninterval = \"soon\"\nintervall = \"1s\"\nfetch_workers = \"many\"\n[tail]\nlog_records = -5\nstart = \"middle\"\n[demo]\npace = -1.0\n")
	_, err := LoadConfig(path, true)
	if err == nil {
		t.Fatal("no error")
	}
	for _, want := range []string{"8 problems", ":1: key read_only", ":2: key brokers", ":4: key poll.interval: \"soon\"", ":5: key poll.intervall: unknown key",
		":6: key poll.fetch_workers", ":8: key tail.log_records", ":9: key tail.start", ":11: key demo.pace"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error lacks %q:\n%v", want, err)
		}
	}
	if strings.Contains(err.Error(), "polls nowhere") {
		t.Errorf("the interval left out for its type is said again as unset:\n%v", err)
	}
}

// The [[cluster]] tables' problems are all said in the same run as the
// rest, each at the key it is about: a bad broker at its brokers line, a
// name given twice at its second use, an unknown default_cluster; an
// unknown key says the key it is near (ut15a A12: one problem a run, the
// broker said at the name's line).
func TestConfigListsEveryClusterProblem(t *testing.T) {
	path := t.TempDir() + "/c.toml"
	writeFile(t, path, `read_only = "maybe"
default_cluster = "nope"
[poll]
intervall = "1s"
[[cluster]]
name = "a"
brokers = ["host:notaport"]
[[cluster]]
name = "a"
brokers = []
`)
	_, err := LoadConfig(path, true)
	if err == nil {
		t.Fatal("no error")
	}
	for _, want := range []string{"6 problems", ":1: key read_only", `:2: key default_cluster: default_cluster "nope" is not a [[cluster]] name (have: a)`,
		":4: key poll.intervall: unknown key: did you mean poll.interval?", ":7: key cluster.brokers", `:9: key cluster.name: cluster "a" is named twice`,
		`:10: key cluster.brokers: cluster "a" has no brokers`} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error lacks %q:\n%v", want, err)
		}
	}
}

func TestUnknownKeySuggests(t *testing.T) {
	for _, tc := range []struct{ key, want string }{
		{"poll.intervall", "unknown key: did you mean poll.interval?"},
		{"cluster.tls.ca_fil", "unknown key: did you mean cluster.tls.ca_file?"},
		{"view.fields", "unknown key: did you mean view.field?"},
		{"brokrs", "unknown key: did you mean brokers?"},
		{"poll.zebra", "unknown key"},
		{"view.type", "unknown key: did you mean view.kind?"},
		{"nosuchtable.x", "unknown key"},
	} {
		if got := unknownKey(tc.key); got != tc.want {
			t.Errorf("unknownKey(%q) = %q, want %q", tc.key, got, tc.want)
		}
	}
}
