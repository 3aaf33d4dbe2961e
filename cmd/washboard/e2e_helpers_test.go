package main

import (
	"bytes"
	"fmt"
	"hash/crc32"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"
)

// These helpers drive the real binary in tmux, as a person would, and use
// kcat as an independent Kafka client.

var buildOnce struct {
	sync.Once
	path string
	err  error
}

// binary builds washboard once per test run, with the race detector.
func binary(t *testing.T) string {
	t.Helper()
	buildOnce.Do(func() {
		dir, err := os.MkdirTemp("", "washboard-e2e")
		if err != nil {
			buildOnce.err = err
			return
		}
		buildOnce.path = filepath.Join(dir, "washboard")
		out, err := exec.Command("go", "build", "-race", "-o", buildOnce.path, ".").CombinedOutput()
		if err != nil {
			buildOnce.err = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	if buildOnce.err != nil {
		t.Fatal(buildOnce.err)
	}
	return buildOnce.path
}

// need fails the test when a tool is missing in CI, and skips it elsewhere.
func need(t *testing.T, tools ...string) {
	t.Helper()
	for _, tool := range tools {
		if _, err := exec.LookPath(tool); err != nil {
			if os.Getenv("CI") != "" {
				t.Fatalf("%s is required in CI and missing: .ci/run installs it", tool)
			}
			t.Skipf("%s not installed", tool)
		}
	}
}

// term is one washboard running in its own tmux server.
type term struct {
	t      *testing.T
	socket string
	status string // file the wrapper writes the exit code to
}

// startTerm runs the binary with args in a w x h tmux window.
func startTerm(t *testing.T, w, h int, env []string, args ...string) *term {
	t.Helper()
	need(t, "tmux")
	bin := binary(t)
	dir := t.TempDir()
	// Every test's first TempDir ends in "001": name the tmux server after
	// the whole path, or consecutive tests race for one server.
	socket := fmt.Sprintf("wb-%08x", crc32.ChecksumIEEE([]byte(dir)))
	tm := &term{t: t, socket: socket, status: filepath.Join(dir, "exit")}
	quoted := []string{shellQuote(bin)}
	for _, a := range args {
		quoted = append(quoted, shellQuote(a))
	}
	script := fmt.Sprintf("%s %s 2>%s; echo $? > %s; sleep 600", strings.Join(env, " "), strings.Join(quoted, " "),
		shellQuote(filepath.Join(dir, "stderr")), shellQuote(tm.status))
	tm.tmux("new-session", "-d", "-s", "wb", "-x", fmt.Sprint(w), "-y", fmt.Sprint(h), "sh", "-c", script)
	t.Cleanup(func() { _ = exec.Command("tmux", "-L", tm.socket, "kill-server").Run() })
	return tm
}

func shellQuote(s string) string { return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'" }

func (tm *term) tmux(args ...string) string {
	tm.t.Helper()
	out, err := exec.Command("tmux", append([]string{"-L", tm.socket}, args...)...).CombinedOutput()
	if err != nil {
		tm.t.Fatalf("tmux %v: %v\n%s", args, err, out)
	}
	return string(out)
}

// screen is what the terminal shows now.
func (tm *term) screen() string { return tm.tmux("capture-pane", "-p", "-t", "wb") }

// keys types keys (tmux key names: "q", "Enter", "Tab", "C-s").
func (tm *term) keys(keys ...string) { tm.tmux(append([]string{"send-keys", "-t", "wb"}, keys...)...) }

// waitFor waits until the screen satisfies ok, and returns that screen.
func (tm *term) waitFor(what string, within time.Duration, ok func(string) bool) string {
	tm.t.Helper()
	deadline := time.Now().Add(within)
	for {
		s := tm.screen()
		if ok(s) {
			return s
		}
		if time.Now().After(deadline) {
			tm.t.Fatalf("timed out after %v waiting for %s; screen:\n%s\nstderr: %s", within, what, s, tm.stderr())
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// waitText waits until every text appears on screen.
func (tm *term) waitText(within time.Duration, texts ...string) string {
	tm.t.Helper()
	return tm.waitFor(fmt.Sprintf("%q", texts), within, func(s string) bool {
		for _, x := range texts {
			if !strings.Contains(s, x) {
				return false
			}
		}
		return true
	})
}

func (tm *term) stderr() string {
	b, _ := os.ReadFile(filepath.Join(filepath.Dir(tm.status), "stderr"))
	return string(b)
}

// exitCode waits for the program to end and returns its exit status.
func (tm *term) exitCode(within time.Duration) string {
	tm.t.Helper()
	deadline := time.Now().Add(within)
	for {
		if b, err := os.ReadFile(tm.status); err == nil && len(bytes.TrimSpace(b)) > 0 {
			return string(bytes.TrimSpace(b))
		}
		if time.Now().After(deadline) {
			tm.t.Fatalf("program did not exit within %v; screen:\n%s", within, tm.screen())
		}
		time.Sleep(50 * time.Millisecond)
	}
}

var embeddedAddr = regexp.MustCompile(`embedded demo cluster (127\.0\.0\.1:\d+)`)

// brokerAddr reads the embedded broker's address off the header.
func (tm *term) brokerAddr() string {
	tm.t.Helper()
	s := tm.waitFor("the embedded broker's address", 30*time.Second, embeddedAddr.MatchString)
	return embeddedAddr.FindStringSubmatch(s)[1]
}

// kcat runs kcat with input on stdin and returns its output.
func kcat(t *testing.T, input string, args ...string) string {
	t.Helper()
	need(t, "kcat")
	cmd := exec.Command("kcat", args...)
	cmd.Stdin = strings.NewReader(input)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("kcat %v: %v\n%s", args, err, out)
	}
	return string(out)
}
