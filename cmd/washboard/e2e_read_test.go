package main

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// A new user reads and charts their own topics without editing a file:
// tails orders from ten minutes ago, pages back to its first record, and
// charts payments' amount per key; kcat is the producer.
func TestE2EReadAndChartAnyTopic(t *testing.T) {
	need(t, "kcat", "tmux")
	addr, _ := startListening(t, brokerListening, "broker", "--listen", "127.0.0.1:0", "--brokers", "3",
		"--topics", "orders:12,payments:6,audit-log:3")
	var orders, payments strings.Builder
	for i := range 40 {
		fmt.Fprintf(&orders, "o-%d:{\"order\":%d}\n", i, i)
	}
	for i := range 24 {
		fmt.Fprintf(&payments, "u-%d:{\"amount\":%d,\"currency\":\"EUR\"}\n", i%4, 10*i)
	}
	kcat(t, orders.String(), "-b", addr, "-P", "-t", "orders", "-K:")
	kcat(t, payments.String(), "-b", addr, "-P", "-t", "payments", "-K:")
	kcat(t, "a:1\na:2\na:3\na:4\n", "-b", addr, "-P", "-t", "audit-log", "-K:", "-p", "0")

	// --start end: the Log starts empty, so what it shows is what the user chose.
	tm := startTerm(t, 160, 45, []string{"XDG_CONFIG_HOME=" + t.TempDir()}, "--brokers", addr, "--start", "end")
	tm.waitText(40*time.Second, "8 Topics", "orders", "payments", "0 held")

	// Tail orders from ten minutes ago.
	tm.keys("/", "o", "r", "d", "Enter")
	tm.waitText(10*time.Second, "filter ord")
	tm.keys("w")
	tm.waitText(10*time.Second, "read orders from:")
	tm.keys("--", "-10m", "Enter")
	tm.waitText(20*time.Second, "reading orders into the Log from", "● orders", "40 held")

	// Every partition's first record is held: moving up past the oldest
	// stays in the Log and says so (issue 14, F25).
	tm.keys("6", "Space", "g", "Up")
	if s := tm.waitText(20*time.Second, "log start reached: orders/", "starts at offset 0"); strings.Contains(s, "paged back") {
		t.Fatalf("paged back with nothing older:\n%s", s)
	}

	// Page back from the oldest record of audit-log held (the last of its
	// partition, read with last:1): the records before it, to the first.
	tm.keys("8")
	tm.waitText(10*time.Second, "open topic")
	tm.keys("Escape")
	tm.waitFor("the filter dropped", 10*time.Second, func(s string) bool { return !strings.Contains(s, "filter ord") })
	tm.keys("/", "a", "u", "d", "Enter")
	tm.waitText(10*time.Second, "filter aud")
	tm.keys("w")
	tm.waitText(10*time.Second, "read audit-log from:")
	tm.keys("last:1", "Enter")
	tm.waitText(20*time.Second, "reading audit-log into the Log from", "● audit-log")
	tm.keys("6", "/", "topic=audit-log", "Enter")
	tm.waitText(20*time.Second, "1/41 match") // the last record of audit-log/0 has arrived
	tm.keys("g", "Up")
	// The records before it show above it, in one list with the held
	// ones: ↓ goes on from the paged-back records into the held record
	// (a user test of issue 14, A9).
	tm.waitText(20*time.Second, "audit-log/0 paged back", "offsets 0-2", "log start reached (offset 0)", "audit-log/0@0", "audit-log/0@3")
	tm.keys("Down", "Enter")
	tm.waitText(10*time.Second, "partition 0   offset 3") // the held record's details
	tm.keys("Escape")
	tm.waitText(10*time.Second, "audit-log/0 paged back")
	// Escape alone: ESC then a key at once reads as alt+key.
	tm.keys("Escape")
	tm.waitFor("the live log again", 10*time.Second, func(s string) bool { return !strings.Contains(s, "paged back") })
	tm.keys("Escape") // the Log's filter
	tm.waitFor("the Log's filter dropped", 10*time.Second, func(s string) bool { return !strings.Contains(s, " match ·") })
	tm.keys("8")
	tm.waitText(10*time.Second, "open topic")
	tm.keys("Escape")
	tm.waitFor("the filter dropped", 10*time.Second, func(s string) bool { return !strings.Contains(s, "filter aud") })

	// Chart payments per key: read it, then v proposes a view; enter opens it.
	tm.keys("/", "p", "a", "y", "Enter")
	tm.waitText(10*time.Second, "filter pay")
	tm.keys("w")
	tm.waitText(10*time.Second, "read payments from:")
	tm.keys("beginning", "Enter")
	tm.waitText(20*time.Second, "reading payments into the Log from the beginning", "65 held") // 40 orders, 1 audit-log, 24 payments
	tm.keys("v")
	tm.waitText(10*time.Second, "chart payments as:", "> series key=@key fields=amount")
	tm.keys("Enter")
	chart := tm.waitText(20*time.Second, "1 payments", "u-0", "u-1", "u-2", "u-3", "amount")
	if !strings.Contains(chart, "230") { // u-3's last amount: 10*23
		t.Errorf("the chart does not show the latest amount per key:\n%s", chart)
	}
	tm.keys("q")
	if code := tm.exitCode(10 * time.Second); code != "0" {
		t.Fatalf("exit %s; stderr: %s", code, tm.stderr())
	}
}
