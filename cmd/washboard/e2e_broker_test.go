package main

import (
	"encoding/json"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"
)

var brokerListening = regexp.MustCompile(`listening on (127\.0\.0\.1:\d+)`)

// The headless broker is a cluster other tools can share: kcat sees the
// seed topics and the simulators' records, and SIGTERM stops it cleanly.
func TestE2EHeadlessBrokerServesOtherClients(t *testing.T) {
	need(t, "kcat")
	addr, cmd := startListening(t, brokerListening, "broker", "--listen", "127.0.0.1:0", "--simulate")

	meta := kcat(t, "", "-b", addr, "-L", "-J")
	var md struct {
		Topics []struct {
			Topic      string `json:"topic"`
			Partitions []any  `json:"partitions"`
		} `json:"topics"`
	}
	if err := json.Unmarshal([]byte(meta), &md); err != nil {
		t.Fatalf("kcat -L -J: %v\n%s", err, meta)
	}
	want := map[string]int{"laundry-machine-logs": 6, "rider-updates": 2, "Student": 1}
	for _, tp := range md.Topics {
		if n, ok := want[tp.Topic]; ok && n == len(tp.Partitions) {
			delete(want, tp.Topic)
		}
	}
	if len(want) != 0 {
		t.Fatalf("seed topics missing or with the wrong partition count: %v\n%s", want, meta)
	}

	// The simulators write seed-format machine logs that kcat can read.
	deadline := time.Now().Add(30 * time.Second)
	for {
		got := kcat(t, "", "-b", addr, "-C", "-t", "laundry-machine-logs", "-p", "0", "-o", "beginning", "-c", "1", "-e", "-q")
		if strings.Contains(got, `"machine_id"`) && strings.Contains(got, `"heat_c"`) {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("no machine log from the simulators: %q", got)
		}
		time.Sleep(200 * time.Millisecond)
	}

	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	if err := cmd.Wait(); err != nil {
		t.Fatalf("broker did not exit cleanly on SIGTERM: %v", err)
	}
}

// --load with --scale-topics keeps the seed topic it writes to beside the
// scale topics: the load runs, kcat reads its records and the scale
// topics are there (ut15b C32: the load stopped at once, the topic unknown).
func TestE2EBrokerLoadKeepsItsTopicBesideScaleTopics(t *testing.T) {
	need(t, "kcat")
	addr, _ := startListening(t, brokerListening, "broker", "--listen", "127.0.0.1:0", "--scale-topics", "3", "--scale-partitions", "2", "--load", "50", "--machines", "5")
	meta := kcat(t, "", "-b", addr, "-L")
	for _, want := range []string{`topic "scale-0002"`, `topic "laundry-machine-logs"`} {
		if !strings.Contains(meta, want) {
			t.Fatalf("kcat -L lacks %s:\n%s", want, meta)
		}
	}
	got := kcat(t, "", "-b", addr, "-C", "-t", "laundry-machine-logs", "-o", "beginning", "-c", "5", "-q")
	if strings.Count(got, `"machine_id"`) < 5 {
		t.Fatalf("the load wrote no records kcat reads: %q", got)
	}
}
