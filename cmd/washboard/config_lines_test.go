package main

import (
	"regexp"
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

func itoaTest(n int) string { return string(rune('0' + n)) }
