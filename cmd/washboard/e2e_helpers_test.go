package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
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
	return startCommand(t, w, h, env, append([]string{binary(t)}, args...)...)
}

// startCommand runs any command line in a w x h tmux window.
func startCommand(t *testing.T, w, h int, env []string, argv ...string) *term {
	t.Helper()
	need(t, "tmux")
	dir := t.TempDir()
	// The socket lives in the test's own temp directory, so neither
	// concurrent test runs nor two terminals of one test share a tmux
	// server, and it goes with the directory: tmux 3.3 leaves a -L socket
	// in /tmp/tmux-UID after kill-server (5,700 were found there).
	socket := filepath.Join(dir, "tmux.sock")
	tm := &term{t: t, socket: socket, status: filepath.Join(dir, "exit")}
	var quoted []string
	for _, a := range argv {
		quoted = append(quoted, shellQuote(a))
	}
	env = append(isolation(t), env...)
	script := fmt.Sprintf("%s %s 2>%s; echo $? > %s; sleep 600", strings.Join(env, " "), strings.Join(quoted, " "),
		shellQuote(filepath.Join(dir, "stderr")), shellQuote(tm.status))
	tm.tmux("new-session", "-d", "-s", "wb", "-x", fmt.Sprint(w), "-y", fmt.Sprint(h), "sh", "-c", script)
	t.Cleanup(func() { _ = exec.Command("tmux", "-S", tm.socket, "kill-server").Run() })
	return tm
}

func shellQuote(s string) string { return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'" }

func (tm *term) tmux(args ...string) string {
	tm.t.Helper()
	out, err := exec.Command("tmux", append([]string{"-S", tm.socket}, args...)...).CombinedOutput()
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

var embeddedAddr = regexp.MustCompile(`(?:embedded demo cluster|demo) (127\.0\.0\.1:\d+)`)

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

func errorsAs(err error, target any) bool { return errors.As(err, target) }

// startListening runs the binary with args until its stdout matches re (a
// server saying where it listens) and returns the first submatch. The
// rest of stdout is drained so the server never blocks writing; the
// process is killed when the test ends.
func startListening(t *testing.T, re *regexp.Regexp, args ...string) (string, *exec.Cmd) {
	t.Helper()
	cmd := washboard(t, args...)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = cmd.Process.Kill(); _ = cmd.Wait() })
	// The scanner keeps draining stdout after the match (a full pipe would
	// block the server); it ends when the process does.
	found := make(chan string, 1)
	go func() {
		defer close(found)
		sc := bufio.NewScanner(out)
		sent := false
		for sc.Scan() {
			if m := re.FindStringSubmatch(sc.Text()); m != nil && !sent {
				found <- m[1]
				sent = true
			}
		}
	}()
	select {
	case addr, ok := <-found:
		if ok {
			return addr, cmd
		}
		t.Fatalf("washboard %s exited without saying where it listens", args[0])
	case <-time.After(listenTimeout):
		t.Fatalf("washboard %s did not say where it listens within %s", args[0], listenTimeout)
	}
	return "", nil
}

// listenTimeout bounds the wait for a server's "listening on" line: a
// server that never prints fails the test instead of hanging the package.
const listenTimeout = 30 * time.Second

// isolation is the environment every washboard under test runs with: no
// KAFKA_BROKERS and no user config, so a developer's real cluster or
// read_only setting can never be what a test talks to.
func isolation(t *testing.T) []string {
	return []string{"KAFKA_BROKERS=", "XDG_CONFIG_HOME=" + t.TempDir()}
}

// washboard is the binary as a command, in the isolated environment.
func washboard(t *testing.T, args ...string) *exec.Cmd {
	t.Helper()
	cmd := exec.Command(binary(t), args...)
	cmd.Env = append(os.Environ(), isolation(t)...)
	return cmd
}
