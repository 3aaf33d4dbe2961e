package main

import (
	"context"
	"regexp"
	"testing"
	"time"

	"github.com/hamba/avro/v2"
	"github.com/twmb/franz-go/pkg/kgo"
	"github.com/twmb/franz-go/pkg/sr"
)

// registryURL finds the registry's address in the header: its URL, or its
// host:port where the line is short of room (README "Schemas").
var registryURL = regexp.MustCompile(`registry (?:http://)?(127\.0\.0\.1:\d+)`)

// The demo starts a schema registry and says where; an independent client
// (franz-go's sr client and serde, kgo) registers a schema there and
// produces Avro records, which the Log shows decoded and the detail view
// names; the demo's own Avro and Protobuf simulators are decoded too.
func TestE2EDemoRegistryDecodesAvroAndProtobuf(t *testing.T) {
	tm := startTerm(t, 200, 50, nil, "--listen", "127.0.0.1:0")
	addr := tm.brokerAddr()
	s := tm.waitFor("the registry's address in the header", 30*time.Second, registryURL.MatchString)
	url := "http://" + registryURL.FindStringSubmatch(s)[1]
	tm.waitText(30*time.Second, "avro-washer-01")

	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	rcl, err := sr.NewClient(sr.URLs(url))
	if err != nil {
		t.Fatal(err)
	}
	const avsc = `{"type":"record","name":"Probe","fields":[{"name":"probe","type":"string"},{"name":"depth_m","type":"double"}]}`
	ss, err := rcl.CreateSchema(ctx, "probes-value", sr.Schema{Schema: avsc})
	if err != nil {
		t.Fatal(err)
	}
	type probe struct {
		Probe  string  `avro:"probe"`
		DepthM float64 `avro:"depth_m"`
	}
	hs := avro.MustParse(avsc)
	var serde sr.Serde
	serde.Register(ss.ID, probe{}, sr.EncodeFn(func(v any) ([]byte, error) { return avro.Marshal(hs, v) }))
	kcl, err := kgo.NewClient(kgo.SeedBrokers(addr))
	if err != nil {
		t.Fatal(err)
	}
	defer kcl.Close()
	recs := []*kgo.Record{
		{Topic: "laundry-machine-logs", Key: []byte("probe-e2e"), Value: serde.MustEncode(probe{Probe: "e2e-probe-7", DepthM: 12.5})},
		{Topic: "laundry-machine-logs", Key: []byte("unknown-e2e"), Value: []byte{0, 0, 0, 0x03, 0xe7, 1, 2, 3}},
	}
	if err := kcl.ProduceSync(ctx, recs...).FirstErr(); err != nil {
		t.Fatal(err)
	}

	tm.keys("6", "z", "/")
	tm.keys("e2e", "Enter")
	tm.waitText(60*time.Second, `avro {"probe":"e2e-probe-7","depth_m":12.5}`, "schema id 999 not found", "00 00 00 03 e7")
	// "/" reopens the filter with its text; ctrl+u clears it. (Escape
	// followed by another key would read as alt+key.)
	tm.keys("/", "C-u")
	tm.keys("e2e-probe", "Enter")
	tm.waitText(45*time.Second, "─ 1/")
	tm.keys("space", "Enter")
	tm.waitText(30*time.Second, "AVRO id", "subject probes-value version 1", `"depth_m": 12.5`)
	tm.keys("Enter")
	tm.waitFor("the detail view to close", 30*time.Second, func(s string) bool { return !regexp.MustCompile(`subject probes-value`).MatchString(s) })

	// The demo's Protobuf riders carry a speed only the schema knows.
	tm.keys("/", "C-u")
	tm.keys("speed_kmh", "Enter")
	tm.waitText(60*time.Second, `proto {"name":`)

	tm.keys("q")
	if code := tm.exitCode(15 * time.Second); code != "0" {
		t.Fatalf("exit code %s after q, want 0; stderr: %s", code, tm.stderr())
	}
}
