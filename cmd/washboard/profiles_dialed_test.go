package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/washboard/washboard/model"
)

// A bare broker is named as washboard dials it everywhere it is listed
// (ut18b G15: `kafka-3:9092` in `washboard clusters`, `kafka-3` in the
// `c` picker and in the --cluster + --brokers refusal).
func TestBrokersListedAsDialedEverywhere(t *testing.T) {
	body := `[[cluster]]
name = "prod"
brokers = ["kafka-1:9093", "kafka-3", "[::1]"]

[[cluster]]
name = "stage"
brokers = ["stage-1:9092"]
`
	const want = "kafka-1:9093,kafka-3:9092,[::1]:9092"
	path := writeConfig(t, body)
	var out bytes.Buffer
	if err := runClusters([]string{"--config", path}, &out); err != nil {
		t.Fatal(err)
	}
	cfg, err := LoadConfig(path, true)
	if err != nil {
		t.Fatal(err)
	}
	_, refusal := selectCluster(options{cluster: "prod", brokers: "other-1"}, cfg)
	if refusal == nil {
		t.Fatal("--cluster prod --brokers other-1 was not refused")
	}
	picker := ""
	for _, p := range cfg.pickerProfiles(model.ReadOnlyOff) {
		if p.Name == "prod" {
			picker = p.About
		}
	}
	for where, got := range map[string]string{"washboard clusters": out.String(), "the c picker": picker, "the refusal": refusal.Error()} {
		if !strings.Contains(got, want) {
			t.Errorf("%s does not list the brokers as dialed (%s):\n%s", where, want, got)
		}
	}
}

// The picker lists each profile in the mode a switch to it would run in:
// under --read-only every profile reads `read-only all`, the flag named
// where it is stricter than the profile's own (ut28a U10: prod `read-only
// admin`, staging nothing, while the header said `ro:all`).
func TestPickerHoldsProfilesToTheFlag(t *testing.T) {
	path := filepath.Join(t.TempDir(), "config.toml")
	body := "[[cluster]]\nname = \"prod\"\nbrokers = [\"k1:9092\"]\nread_only = \"admin\"\n\n[[cluster]]\nname = \"staging\"\nbrokers = [\"k2:9092\"]\n"
	if err := os.WriteFile(path, []byte(body), 0o600); err != nil {
		t.Fatal(err)
	}
	cfg, err := LoadConfig(path, true)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		flag model.ReadOnly
		want map[string]string
	}{
		{model.ReadOnlyOff, map[string]string{"prod": "read-only admin", "staging": "plaintext"}},
		{model.ReadOnlyAll, map[string]string{"prod": "read-only all (--read-only)", "staging": "read-only all (--read-only)"}},
	} {
		for _, p := range cfg.pickerProfiles(tc.flag) {
			if want, ok := tc.want[p.Name]; ok && !strings.HasSuffix(p.About, want) {
				t.Errorf("flag %v: %s reads %q, want it to end %q", tc.flag, p.Name, p.About, want)
			}
		}
	}
}
