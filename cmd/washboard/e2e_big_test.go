package main

import (
	"strings"
	"testing"
	"time"
)

// The embedded broker takes megabyte values (its message.max.bytes is 16
// MiB): a 2 MB value sent with kcat shows in the Log and its detail, whose
// size and cut lines use thousands separators.
func TestE2EMegabyteValueFromKcat(t *testing.T) {
	tm := startTerm(t, 160, 45, nil, "--listen", "127.0.0.1:0", "--no-simulate")
	addr := tm.brokerAddr()
	tm.waitText(30*time.Second, "connected")
	value := "big-e2e-" + strings.Repeat("x", 2_000_000-8)
	kcat(t, value+"\n", "-b", addr, "-P", "-t", "rider-updates", "-k", "big", "-p", "1", "-X", "message.max.bytes=4000000")
	tm.keys("6", "z")
	tm.waitText(30*time.Second, "rider-updates/1@0", "big-e2e-xxxx")
	tm.keys("Enter")
	tm.waitText(10*time.Second, "size      2,000,003 bytes (value 2,000,000)", "big-e2e-xxxx")
	tm.keys("-N", "80", "PageDown") // past the shown 256 KiB, to the line that says what is cut
	tm.waitText(10*time.Second, "1,737,856 more bytes not shown")
}
