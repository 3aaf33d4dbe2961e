package main

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// A new user points washboard at their own cluster: three brokers holding
// orders, payments and audit-log, records written and a group consuming
// with kcat. The first screen shows the topics, the brokers, every
// partition and the group; opening orders shows its partitions, configs
// and consumers; the Log shows the busiest topics' records, and Produce
// offers a topic that exists.
func TestE2EAnyClusterAtAGlance(t *testing.T) {
	need(t, "kcat", "tmux")
	addr, _ := startListening(t, brokerListening, "broker", "--listen", "127.0.0.1:0", "--brokers", "3",
		"--topics", "orders:12,payments:6,audit-log:3")

	var orders, payments strings.Builder
	for i := range 40 {
		fmt.Fprintf(&orders, "o-%d:{\"order\":%d,\"total\":%d}\n", i, i, 10+i)
	}
	for i := range 20 {
		fmt.Fprintf(&payments, "u-%d:{\"amount\":%d}\n", i%4, 5*i)
	}
	kcat(t, orders.String(), "-b", addr, "-P", "-t", "orders", "-K:")
	kcat(t, payments.String(), "-b", addr, "-P", "-t", "payments", "-K:")
	// A consumer group reads orders to the end and commits (kcat -G).
	got := kcat(t, "", "-b", addr, "-G", "billing", "-o", "beginning", "-e", "-q", "orders")
	if n := strings.Count(got, "\n"); n != 40 {
		t.Fatalf("kcat -G read %d records of orders, want 40:\n%s", n, got)
	}

	tm := startTerm(t, 160, 45, nil, "--brokers", addr)
	first := tm.waitText(40*time.Second,
		"8 Topics", "orders", "payments", "audit-log", // the topics
		"3 brokers", "controller", // the cluster
		"orders (12)", "21 partitions", // every partition
		"billing", // the group
		// written before the console started: no rate, so the Log's
		// border says what it reads without calling it the busiest
		"enter open topic", "reads: ", "? all keys • q quit")
	for _, gone := range []string{"waiting for records on laundry-machine-logs", "1 Machines", "no watched topics"} {
		if strings.Contains(first, gone) {
			t.Errorf("the first screen still shows %q:\n%s", gone, first)
		}
	}
	// The Log reads what exists, and Produce offers a topic that exists.
	// The 60 records share one second, so which topic's rows are the newest
	// on screen depends on arrival: filter the Log to orders to see them.
	tm.waitText(20*time.Second, "60 held")
	tm.keys("6", "/", "topic=orders", "Enter")
	tm.waitText(10*time.Second, `{"order":`, "40/60 match")
	tm.keys("8") // back to Topics; the Log keeps its filter
	if s := tm.screen(); strings.Contains(s, "laundry-machine-logs") {
		t.Errorf("Produce or another pane offers the seed topic on this cluster:\n%s", s)
	}

	// Open orders: filter to it, enter, zoom.
	tm.keys("/", "o", "r", "d", "Enter")
	tm.waitText(10*time.Second, "filter ord")
	tm.keys("Enter", "z")
	opened := tm.waitText(15*time.Second, "Topics › orders", "12 partitions", "replication 3", "40 offsets",
		"partitions", "leader", "replicas", "isr", "configs (not Kafka's defaults)", "consumer groups", "billing")
	if !strings.Contains(opened, "11 ") {
		t.Errorf("opened orders does not list partition 11:\n%s", opened)
	}
	tm.keys("Escape")
	tm.waitText(10*time.Second, "sort name")
	tm.keys("q")
	if code := tm.exitCode(10 * time.Second); code != "0" {
		t.Fatalf("exit %s; stderr: %s", code, tm.stderr())
	}
}
