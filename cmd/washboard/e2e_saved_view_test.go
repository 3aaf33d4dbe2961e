package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// A view saved with ctrl+s comes back at the next start in pane 1, before
// the demo's Machines, on a cluster that has the demo's topics too
// (ut21a X-1: it was loaded but no pane showed it), and views.toml holds
// its key line.
func TestE2ESavedViewComesBackInPane1(t *testing.T) {
	need(t, "kcat", "tmux")
	addr, _ := startListening(t, brokerListening, "broker", "--listen", "127.0.0.1:0", "--simulate",
		"--topics", "payments-settlement:3")
	var payments strings.Builder
	for i := range 12 {
		fmt.Fprintf(&payments, "settle-%d:{\"amount\":%d,\"fee\":%d}\n", i%3, 10*i, i)
	}
	kcat(t, payments.String(), "-b", addr, "-P", "-t", "payments-settlement", "-K:")
	dir := t.TempDir()
	cfg := filepath.Join(dir, "config.toml")
	writeFile(t, cfg, "[poll]\ninterval = \"250ms\"\n")

	tm := startTerm(t, 160, 45, nil, "--config", cfg, "--brokers", addr)
	tm.waitText(40*time.Second, "1 Machines", "washer-")
	tm.keys("8", "/", "settle", "Enter")
	tm.waitText(10*time.Second, "filter settle")
	tm.keys("w")
	tm.waitText(10*time.Second, "read payments-settlement from:")
	tm.keys("beginning", "Enter")
	tm.waitText(20*time.Second, "reading payments-settlement into the Log from the beginning")
	// v proposes a view once records are held; until the first fetch it
	// says they are on the way. ↓ (on the only row) clears that notice,
	// and v is pressed again only once it is gone, never into the prompt.
	const notYet = "no records of payments-settlement"
	for range 50 {
		tm.keys("v")
		s := tm.waitFor("the proposal or why not", 10*time.Second, func(s string) bool {
			return strings.Contains(s, "chart payments-settlement as:") || strings.Contains(s, notYet)
		})
		if strings.Contains(s, "chart payments-settlement as:") {
			break
		}
		tm.keys("Down")
		tm.waitFor("the notice cleared", 10*time.Second, func(s string) bool { return !strings.Contains(s, notYet) })
	}
	tm.keys("C-s")
	tm.waitText(20*time.Second, "saved the view of payments-settlement to", "1 payments-settlement")
	tm.keys("q")
	if code := tm.exitCode(15 * time.Second); code != "0" {
		t.Fatalf("exit %s; stderr: %s", code, tm.stderr())
	}
	b, err := os.ReadFile(filepath.Join(dir, "views.toml"))
	if err != nil || !strings.Contains(string(b), "key = '@key'") || !strings.Contains(string(b), "path = 'amount'") {
		t.Fatalf("views.toml lacks the view's key or field (%v):\n%s", err, b)
	}

	tm = startTerm(t, 160, 45, nil, "--config", cfg, "--brokers", addr)
	// Once connected (the Machines rows arrive only after the first poll
	// and fetch), pane 1 shows the saved view with its keys, not Machines.
	s := tm.waitText(40*time.Second, "connected", "1 payments-settlement", "settle-0", "settle-2")
	if strings.Contains(s, "1 Machines") {
		t.Fatalf("pane 1 is Machines, not the saved view:\n%s", s)
	}
	// The demo's status views keep panes 2-3, and pane 1 the saved view.
	if s := tm.waitText(20*time.Second, "2 Riders", "Students"); !strings.Contains(s, "1 payments-settlement") {
		t.Fatalf("pane 1 lost the saved view after later polls:\n%s", s)
	}
	tm.keys("q")
	if code := tm.exitCode(15 * time.Second); code != "0" {
		t.Fatalf("exit %s; stderr: %s", code, tm.stderr())
	}
}
