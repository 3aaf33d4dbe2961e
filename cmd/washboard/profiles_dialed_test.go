package main

import (
	"bytes"
	"strings"
	"testing"
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
	for _, p := range cfg.pickerProfiles() {
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
