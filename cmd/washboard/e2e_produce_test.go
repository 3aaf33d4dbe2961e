package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

var deliveredRe = regexp.MustCompile(`delivered to (\S+) partition (\d+) offset (\d+)`)

// The Produce pane sends, the report names partition and offset, the Log
// finds that record by filter and exports it; a hostile record's escape
// sequences neither reach the terminal nor change its title.
func TestE2EProduceFilterExportAndHostileTitle(t *testing.T) {
	state := t.TempDir()
	tm := startTerm(t, 200, 50, []string{"XDG_STATE_HOME=" + shellQuote(state)}, "--listen", "127.0.0.1:0")
	addr := tm.brokerAddr()
	tm.waitText(30*time.Second, "connected", "washer-01")

	// A hostile record: OSC set-title in the key, OSC title, clear screen
	// and a hyperlink in the value.
	kcat(t, "\x1b]2;pwned-value\x07\x1b[2J\x1b]8;;http://evil\x07link\n",
		"-b", addr, "-P", "-t", "rider-updates", "-k", "\x1b]0;pwned-key\x07", "-p", "1")
	tm.keys("6", "z", "/")
	tm.keys("-l", "re:pwned")
	tm.keys("Enter")
	// The 18-cell key column keeps both ends of the escaped key.
	tm.waitText(20*time.Second, `\x1b]0;`, `ey\x07 `, `\x1b]2;pwned-value\x07\x1b[2J`, "─ 1/")
	if title := strings.TrimSpace(tm.tmux("display-message", "-p", "#{pane_title}")); title != "washboard" {
		t.Fatalf("terminal title is %q after a hostile record, want washboard", title)
	}

	// Send from the Produce pane (7 opens the form on the Log's topic).
	tm.keys("Escape")
	tm.waitFor("the filter to clear", 10*time.Second, func(s string) bool { return !strings.Contains(s, "─ 1/") })
	tm.keys("7", "Enter") // 7 focuses, enter edits
	tm.waitText(10*time.Second, "editing", "partition auto")
	tm.keys("C-s")
	s := tm.waitFor("a delivery report", 20*time.Second, deliveredRe.MatchString)
	m := deliveredRe.FindStringSubmatch(s)
	topic, part, off := m[1], m[2], m[3]

	// The record shows up in the Log; find it by a field filter and export it.
	tm.keys("Escape")
	tm.waitFor("editing to stop", 10*time.Second, func(s string) bool { return !strings.Contains(s, "editing") })
	tm.keys("6", "/")
	filter := "topic=" + topic + " partition=" + part + " offset=" + off
	tm.keys("-l", filter)
	// Each key is a frame: on a loaded machine with -race the typing takes
	// a while; enter only once the whole filter is in the field.
	tm.waitText(60*time.Second, "/"+filter)
	tm.keys("Enter")
	// Typing a long filter into the -race binary on a loaded 2-core
	// machine takes ~15 s (~0.3 s a key, as on main): wait for the outcome.
	tm.waitText(90*time.Second, topic+"/"+part+"@"+off, "─ 1/")
	tm.keys("e")
	tm.waitText(20*time.Second, "exported 1 record to "+filepath.Join(state, "washboard"))
	files, _ := filepath.Glob(filepath.Join(state, "washboard", "washboard-log-*.ndjson"))
	if len(files) != 1 {
		t.Fatalf("export files: %v", files)
	}
	data, err := os.ReadFile(files[0])
	if err != nil {
		t.Fatal(err)
	}
	var rec struct {
		Topic     string `json:"topic"`
		Partition int    `json:"partition"`
		Offset    json.Number
		Value     string `json:"value"`
	}
	if err := json.Unmarshal(data, &rec); err != nil || rec.Topic != topic || rec.Offset.String() != off || !json.Valid([]byte(rec.Value)) {
		t.Fatalf("export %q: %+v %v", data, rec, err)
	}

	if title := strings.TrimSpace(tm.tmux("display-message", "-p", "#{pane_title}")); title != "washboard" {
		t.Fatalf("terminal title is %q, want washboard", title)
	}
	tm.keys("q")
	if code := tm.exitCode(15 * time.Second); code != "0" {
		t.Fatalf("exit code %s, want 0; stderr: %s", code, tm.stderr())
	}
}

// The user-test repro in the real binary: tab passes through the Produce
// form without editing it, so 6, tab, tab, q quits.
func TestE2ETabPassesThroughProduce(t *testing.T) {
	tm := startTerm(t, 100, 30, nil, "--listen", "127.0.0.1:0", "--no-simulate")
	tm.waitText(30*time.Second, "connected")
	tm.keys("6", "Tab")
	tm.waitText(10*time.Second, "enter edit")
	tm.keys("Tab", "q")
	if code := tm.exitCode(15 * time.Second); code != "0" {
		t.Fatalf("exit code %s after 6, tab, tab, q, want 0; screen:\n%s", code, tm.screen())
	}
}
