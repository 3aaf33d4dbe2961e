package main

import (
	"errors"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/washboard/washboard/model"
)

func writeFile(t *testing.T, path, content string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
}

func TestLoadConfigErrors(t *testing.T) {
	tests := []struct {
		name, toml string
		want       []string // substrings of the error
	}{
		{"unknown key", "brokers = []\n[poll]\nintervall = \"1s\"\n", []string{":3", "poll.intervall", "unknown key"}},
		{"wrong type", "read_only = \"maybe\"\n", []string{"read_only", "all, admin or off"}},
		{"wrong kind", "read_only = 3\n", []string{"read_only", "true/false"}},
		{"list wanted", "brokers = \"localhost:9092\"\n", []string{":1", "key brokers", "a list of strings"}},
		{"bad duration", "[poll]\ninterval = \"soon\"\n", []string{":2", "not a duration"}},
		{"syntax", "brokers = [\n", []string{":"}},
		{"bad view", "[[view]]\ntopic = \"x\"\nkind = \"pie\"\n", []string{"view", "pie"}},
		{"bad start", "[tail]\nstart = \"middle\"\n", []string{"tail.start", "middle"}},
		{"bad window", "[[view]]\ntopic = \"x\"\nkind = \"status\"\nstatus = \"s\"\nwindow = \"long\"\n", []string{":5", "not a duration"}},
		{"negative stale", "[[view]]\ntopic = \"x\"\nkind = \"status\"\nstatus = \"s\"\nstale = \"-1s\"\n", []string{"view x", "negative"}},
		{"negative as typed", "[poll]\ninterval = \"-5m\"\n", []string{":2", "poll.interval", "-5m is negative"}}, // not -5m0s (ut16b E13)
		{"two status views of one topic", "[[view]]\ntopic = \"x\"\nkind = \"status\"\nstatus = \"s\"\n[[view]]\ntopic = \"x\"\nkind = \"status\"\nstatus = \"t\"\n",
			[]string{":5", "view x: the topic has a status view already"}},
		{"bad rate", "[[view]]\ntopic = \"x\"\nkind = \"status\"\nstatus = \"s\"\nrate = \"fast\"\n", []string{"view x", "fast"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := t.TempDir() + "/c.toml"
			writeFile(t, path, tt.toml)
			_, err := LoadConfig(path, true)
			var ce *ConfigError
			if !errors.As(err, &ce) {
				t.Fatalf("error %v is not a ConfigError", err)
			}
			for _, w := range append(tt.want, path) {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not mention %q", err, w)
				}
			}
		})
	}
}

func TestExampleConfigLoads(t *testing.T) {
	cfg, err := LoadConfig("../../config.example.toml", true)
	if err != nil {
		t.Fatal(err)
	}
	views, err := cfg.views()
	if err != nil || len(views) != 3 {
		t.Fatalf("example views: %d, %v", len(views), err)
	}
	// The example documents the defaults: it must say what the code does.
	defaults := model.DefaultViews()
	rate := func(r string) string {
		if r == "" {
			return model.RateUpdates
		}
		return r
	}
	for i, v := range views {
		d := defaults[i]
		if v.History() != d.History() || v.StaleAfter() != d.StaleAfter() || rate(v.Rate) != rate(d.Rate) {
			t.Errorf("view %s: example says window %v stale %v rate %q; defaults are %v %v %q",
				v.Topic, v.History(), v.StaleAfter(), v.Rate, d.History(), d.StaleAfter(), d.Rate)
		}
	}
	if views[2].Rate != model.RateChanges || views[0].Span != 5*time.Minute || views[0].Stale != 30*time.Second {
		t.Fatalf("example view keys not read: %+v", views[0])
	}
}

func TestMissingDefaultConfigIsFine(t *testing.T) {
	if _, err := LoadConfig(t.TempDir()+"/none.toml", false); err != nil {
		t.Fatal(err)
	}
	if _, err := LoadConfig(t.TempDir()+"/none.toml", true); err == nil {
		t.Fatal("a missing --config file must be an error")
	}
}

func TestExportDir(t *testing.T) {
	tests := []struct {
		name, toml, state, want string
	}{
		{"configured", "[log]\nexport_dir = \"/tmp/wb-exports\"\n", "/state", "/tmp/wb-exports"},
		{"xdg state home", "", "/state", "/state/washboard"},
		{"current directory", "", "", "."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Setenv("XDG_STATE_HOME", tt.state)
			path := t.TempDir() + "/c.toml"
			writeFile(t, path, tt.toml)
			cfg, err := LoadConfig(path, true)
			if err != nil {
				t.Fatal(err)
			}
			if got := cfg.exportDir(); got != tt.want {
				t.Fatalf("export dir %q, want %q", got, tt.want)
			}
		})
	}
}
