package main

import (
	"bytes"
	"io"
	"net"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	gossh "golang.org/x/crypto/ssh"
)

// viewer is one SSH session driven by Go's SSH client: a terminal request
// and a shell, its screen output collected.
type viewer struct {
	client *gossh.Client
	sess   *gossh.Session
	in     io.Writer // the viewer's keyboard
	mu     sync.Mutex
	out    bytes.Buffer
	done   chan struct{}
}

func (v *viewer) Write(b []byte) (int, error) {
	v.mu.Lock()
	defer v.mu.Unlock()
	return v.out.Write(b)
}

func (v *viewer) output() string {
	v.mu.Lock()
	defer v.mu.Unlock()
	return v.out.String()
}

// waitOutput waits until the session's output contains text.
func (v *viewer) waitOutput(t *testing.T, within time.Duration, text string) {
	t.Helper()
	deadline := time.Now().Add(within)
	for !strings.Contains(v.output(), text) {
		if time.Now().After(deadline) {
			t.Fatalf("no %q from the session within %v; got %q", text, within, tail(v.output(), 400))
		}
		time.Sleep(50 * time.Millisecond)
	}
}

func tail(s string, n int) string {
	if len(s) > n {
		return s[len(s)-n:]
	}
	return s
}

// dialViewer logs in with key and opens a 120x40 terminal.
func dialViewer(t *testing.T, keyPath, port string) *viewer {
	t.Helper()
	pem, err := os.ReadFile(keyPath)
	if err != nil {
		t.Fatal(err)
	}
	signer, err := gossh.ParsePrivateKey(pem)
	if err != nil {
		t.Fatal(err)
	}
	client, err := gossh.Dial("tcp", net.JoinHostPort("127.0.0.1", port), &gossh.ClientConfig{
		User: "viewer", Auth: []gossh.AuthMethod{gossh.PublicKeys(signer)},
		HostKeyCallback: gossh.InsecureIgnoreHostKey(), Timeout: 10 * time.Second,
	})
	if err != nil {
		t.Fatalf("ssh dial: %v", err)
	}
	sess, err := client.NewSession()
	if err != nil {
		t.Fatalf("ssh session: %v", err)
	}
	v := &viewer{client: client, sess: sess, done: make(chan struct{})}
	sess.Stdout, sess.Stderr = v, v
	if v.in, err = sess.StdinPipe(); err != nil {
		t.Fatal(err)
	}
	if err := sess.RequestPty("xterm-256color", 40, 120, gossh.TerminalModes{}); err != nil {
		t.Fatalf("pty: %v", err)
	}
	if err := sess.Shell(); err != nil {
		t.Fatalf("shell: %v", err)
	}
	go func() { _ = sess.Wait(); close(v.done) }()
	t.Cleanup(func() { _ = client.Close(); <-v.done })
	return v
}

var viewersLine = regexp.MustCompile(`(\d+) viewers?:`)

// Ten SSH viewers share the serve process's one tail, poller and store:
// its connections to the broker do not grow with them, and an eleventh
// viewer is refused with a message while the operator sees who is on.
func TestE2ESSHViewersShareOneSetOfBrokerConnections(t *testing.T) {
	need(t, "ssh-keygen")
	brokerAddr, _ := startListening(t, brokerListening, "broker", "--listen", "127.0.0.1:0", "--simulate")
	_, brokerPort, _ := net.SplitHostPort(brokerAddr)
	dir := t.TempDir()
	key := sshKey(t, dir, "viewer")
	log := filepath.Join(dir, "serve.log")
	cmd := washboard(t, "serve", "--brokers", brokerAddr, "--ssh", "127.0.0.1:0", "--authorized-keys", key+".pub",
		"--host-key", filepath.Join(dir, "host"), "--max-sessions", "10", "--status", "--log-file", log)
	status := &viewer{done: make(chan struct{})}
	cmd.Stdout = status
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = cmd.Process.Kill(); _ = cmd.Wait() })
	status.waitOutput(t, 30*time.Second, "over ssh on")
	port := sshListening.FindStringSubmatch(status.output())[1]

	first := dialViewer(t, key, port)
	first.waitOutput(t, 30*time.Second, "washer-01")
	// the operator's line: at 120 columns the viewer's header holds the
	// count's cells for the alerts the demo's view may raise (ut39-2)
	status.waitOutput(t, 10*time.Second, "1 viewer:")
	one := steadySockets(t, cmd.Process.Pid, brokerPort)
	if one == 0 {
		t.Fatalf("serve holds no connection to the broker at %s", brokerAddr)
	}
	viewers := []*viewer{first}
	for range 9 {
		viewers = append(viewers, dialViewer(t, key, port))
	}
	for _, v := range viewers {
		v.waitOutput(t, 30*time.Second, "washer-01")
	}
	// --status counts the sessions (the header's count gives way first
	// on a line a catch-up fills: ut19b G17)
	status.waitOutput(t, 30*time.Second, "10 viewers:")
	ten := steadySockets(t, cmd.Process.Pid, brokerPort)
	t.Logf("serve's connections to the broker: %d with 1 viewer, %d with 10", one, ten)
	// Sessions that did not share would add at least one connection each
	// (nine more). The client's pool may open one more when the poller's
	// and the tail's requests meet on a loaded machine (seen: 4, then 5).
	if ten > one+1 {
		t.Fatalf("connections to the broker grew from %d with 1 viewer to %d with 10: sessions must share them", one, ten)
	}

	eleventh := dialViewer(t, key, port)
	select {
	case <-eleventh.done:
	case <-time.After(15 * time.Second):
		t.Fatal("the eleventh session was not closed")
	}
	if out := eleventh.output(); !strings.Contains(out, "10 viewers are connected, the most this server allows") {
		t.Fatalf("the eleventh viewer got no refusal in words: %q", out)
	}

	// The operator sees who is connected, on stdout and in the log.
	m := viewersLine.FindAllStringSubmatch(status.output(), -1)
	if len(m) == 0 || m[len(m)-1][1] != "10" {
		t.Fatalf("--status lines do not count 10 viewers: %q", status.output())
	}
	if !strings.Contains(status.output(), "viewer@127.0.0.1:") || !strings.Contains(status.output(), "SHA256:") {
		t.Fatalf("--status does not name the viewers and their keys: %q", status.output())
	}
	data, _ := os.ReadFile(log)
	if !strings.Contains(string(data), "ssh session refused") || strings.Count(string(data), `msg="ssh session"`) < 10 {
		t.Fatalf("the log file lacks the sessions and the refusal:\n%s", data)
	}
}

// A viewer that types nothing for the idle timeout is closed with a
// message; one that types stays.
func TestE2ESSHIdleTimeout(t *testing.T) {
	need(t, "ssh-keygen")
	dir := t.TempDir()
	key := sshKey(t, dir, "viewer")
	port, _ := startServe(t, key+".pub", "--idle-timeout", "3s")
	idle := dialViewer(t, key, port)
	busy := dialViewer(t, key, port)
	idle.waitOutput(t, 30*time.Second, "washer-01")
	busy.waitOutput(t, 30*time.Second, "washer-01")
	typing := time.NewTicker(500 * time.Millisecond)
	defer typing.Stop()
	timeout := time.After(20 * time.Second)
	for open := true; open; {
		select {
		case <-idle.done:
			open = false
		case <-typing.C:
			if _, err := busy.in.Write([]byte("j")); err != nil {
				t.Fatalf("the busy viewer cannot type: %v", err)
			}
		case <-timeout:
			t.Fatal("the idle session was not closed")
		}
	}
	if !strings.Contains(idle.output(), "closed after 3s without input") {
		t.Fatalf("the idle viewer got no message: %q", tail(idle.output(), 300))
	}
	select {
	case <-busy.done:
		t.Fatalf("the viewer who typed was closed too: %q", tail(busy.output(), 300))
	default:
	}
}

// steadySockets counts pid's connections to port once the count held for
// two seconds: the tail and poller open theirs over their first cycles.
func steadySockets(t *testing.T, pid int, port string) int {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	last, same := -1, 0
	for same < 8 {
		if time.Now().After(deadline) {
			t.Fatalf("connections to the broker never settled (last %d)", last)
		}
		time.Sleep(250 * time.Millisecond)
		if n := socketsTo(t, pid, port); n == last {
			same++
		} else {
			last, same = n, 0
		}
	}
	return last
}
