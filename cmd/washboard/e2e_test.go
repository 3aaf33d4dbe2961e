package main

import (
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"
)

func TestE2EDemoShowsPanesAndKcatRecords(t *testing.T) {
	tm := startTerm(t, 160, 45, nil, "--listen", "127.0.0.1:0")
	addr := tm.brokerAddr()
	s := tm.waitText(30*time.Second, "1 Machines", "2 Riders", "3 Students", "4 Partitions", "5 Groups", "6 Log", "7 Produce",
		"washer-01", "dryer-01", "laundry-machine-logs", "connected")
	if !strings.Contains(s, "embedded demo cluster") {
		t.Fatalf("header does not say this is the embedded demo:\n%s", s)
	}

	// An independent client produces into the embedded broker; the Log
	// shows it, and the Riders view decodes it.
	kcat(t, `{"name":"kcat-rider-e2e","location":"north"}`+"\n", "-b", addr, "-P", "-t", "rider-updates", "-k", "location-update", "-p", "0")
	tm.waitText(30*time.Second, "kcat-rider-e2e")
	tm.keys("6", "z")
	tm.waitText(10*time.Second, `{"name":"kcat-rider-e2e","location":"north"}`, "rider-updates/0@")

	tm.keys("q")
	if code := tm.exitCode(15 * time.Second); code != "0" {
		t.Fatalf("exit code %s after q, want 0; stderr: %s", code, tm.stderr())
	}
}

func TestE2ETinyTerminalSurvives(t *testing.T) {
	tm := startTerm(t, 40, 10, nil, "--listen", "127.0.0.1:0")
	tm.waitText(30*time.Second, "1 Machines")
	tm.keys("Tab", "Tab", "z", "?")
	tm.waitText(10*time.Second, "esc or ? to close")
	tm.keys("Escape")
	// Escape and q sent together would read as alt+q: wait for help to close.
	tm.waitFor("help to close", 10*time.Second, func(s string) bool { return !strings.Contains(s, "esc or ? to close") })
	tm.keys("q")
	if code := tm.exitCode(15 * time.Second); code != "0" {
		t.Fatalf("exit code %s, want 0; stderr: %s", code, tm.stderr())
	}
}

func TestE2EBadConfigExits2(t *testing.T) {
	dir := t.TempDir()
	path := dir + "/bad.toml"
	writeFile(t, path, "[tail]\nstart = \"last:5\"\nbogus = 1\n")
	tm := startTerm(t, 100, 20, nil, "--config", path)
	if code := tm.exitCode(15 * time.Second); code != "2" {
		t.Fatalf("exit code %s, want 2", code)
	}
	if e := tm.stderr(); !strings.Contains(e, path+":3") || !strings.Contains(e, "tail.bogus") {
		t.Fatalf("error does not name file, line and key: %q", e)
	}
}

func TestBenchCommandReportsKeepingUp(t *testing.T) {
	out, err := washboard(t, "bench", "--rate", "2000", "--duration", "2s", "--warmup", "1s", "--machines", "50").CombinedOutput()
	if err != nil {
		t.Fatalf("bench: %v\n%s", err, out)
	}
	m := regexp.MustCompile(`displayed\s+(\d+) records`).FindStringSubmatch(string(out))
	if m == nil {
		t.Fatalf("no displayed count in:\n%s", out)
	}
	// The load is live: the console must have displayed records, and the
	// report must carry the CPU and frame lines the README quotes.
	if n, _ := strconv.Atoi(m[1]); n == 0 {
		t.Fatalf("nothing displayed:\n%s", out)
	}
	for _, want := range []string{"cores", "frames/s", "behind at start", "at end"} {
		if !strings.Contains(string(out), want) {
			t.Fatalf("report lacks %q:\n%s", want, out)
		}
	}
}
