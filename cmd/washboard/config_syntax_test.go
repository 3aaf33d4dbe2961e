package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// ut43a-25: a syntax error is said at the line that opened what was not
// closed, with its key or table: go-toml reported an array or a
// multi-line string left open where it gave up, the next table's header
// or the file's end, a line or more late.
func TestConfigSyntaxErrorSaysTheLineThatOpened(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"brokers = [\"a:9092\"]\n\n[poll\ninterval = \"1s\"\n", ":3: table poll: "},
		{"brokers = [\"a:9092\"]\n\n[[cluster]\nname = \"x\"\n", ":3: table cluster: "},
		{"a = 1\n\n[poll # c\ninterval = \"1s\"\n", ":3: table poll: "},
		{"a = 1\n\n[poll", ":3: table poll: "},
		{"brokers = [\"a:9092\",\n\n[poll]\n", ":1: key brokers: "},
		{"brokers = [\"a:9092\",\n  \"b:9092\"\n\n[poll]\ninterval = \"1s\"\n", ":1: key brokers: "},
		{"a = 1\nbrokers = [\"a:9092\", [\n", ":2: key brokers: "},
		{"title = \"\"\"x\n\n[poll]\n", ":1: key title: "},
		{"title = '''x ] [\n\n[poll]\n", ":1: key title: "},
		{"name = \"abc\n\n[poll]\n", ":1: key name: "},
		{"read_only = 'abc\nx = 1\n", ":1: key read_only: "},
		// closed before the error: said where the parser says
		{"brokers = [\"a:9092\",\n  \"b\"]\n[poll]\ninterval = = 1\n", ":4: "},
	} {
		p := filepath.Join(t.TempDir(), "config.toml")
		if err := os.WriteFile(p, []byte(tc.text), 0o644); err != nil {
			t.Fatal(err)
		}
		_, err := LoadConfig(p, true)
		if err == nil || !strings.Contains(err.Error(), p+tc.want) {
			t.Errorf("%q: error %v, want %q", tc.text, err, "config.toml"+tc.want)
		}
	}
}
