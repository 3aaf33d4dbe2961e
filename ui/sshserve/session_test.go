package sshserve

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	gossh "golang.org/x/crypto/ssh"
)

// hello is the smallest program a session can run.
type hello struct{}

func (hello) Init() tea.Cmd                       { return nil }
func (hello) Update(tea.Msg) (tea.Model, tea.Cmd) { return hello{}, nil }
func (hello) View() tea.View                      { return tea.NewView("hello viewer") }

// lockedBuffer collects a session's output.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// serve starts a server with cfg on a free loopback port and one
// authorized key; it returns the address and a signer for that key.
func serve(t *testing.T, cfg Config) (*Server, gossh.Signer) {
	t.Helper()
	_, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	signer, err := gossh.NewSignerFromKey(priv)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	cfg.AuthorizedKeys = filepath.Join(dir, "authorized_keys")
	if err := os.WriteFile(cfg.AuthorizedKeys, gossh.MarshalAuthorizedKey(signer.PublicKey()), 0o600); err != nil {
		t.Fatal(err)
	}
	cfg.Listen, cfg.HostKeyPath = "127.0.0.1:0", filepath.Join(dir, "host")
	srv, err := Listen(cfg, func(context.Context, Session) tea.Model { return hello{} })
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ctx) }()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("serve: %v", err)
		}
	})
	return srv, signer
}

// open starts a terminal session and returns its output and a channel
// closed when it ends.
func open(t *testing.T, addr string, signer gossh.Signer) (*lockedBuffer, <-chan struct{}) {
	t.Helper()
	client, err := gossh.Dial("tcp", addr, &gossh.ClientConfig{User: "tester", Auth: []gossh.AuthMethod{gossh.PublicKeys(signer)},
		HostKeyCallback: gossh.InsecureIgnoreHostKey(), Timeout: 5 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = client.Close() })
	sess, err := client.NewSession()
	if err != nil {
		t.Fatal(err)
	}
	out := &lockedBuffer{}
	sess.Stdout, sess.Stderr = out, out
	if err := sess.RequestPty("xterm", 24, 80, gossh.TerminalModes{}); err != nil {
		t.Fatal(err)
	}
	if err := sess.Shell(); err != nil {
		t.Fatal(err)
	}
	done := make(chan struct{})
	go func() { _ = sess.Wait(); close(done) }()
	return out, done
}

func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func TestSessionLimits(t *testing.T) {
	t.Run("the cap refuses one more in words and counts viewers", func(t *testing.T) {
		var mu sync.Mutex
		var seen []int
		srv, signer := serve(t, Config{MaxSessions: 2, OnViewers: func(v []Viewer) {
			mu.Lock()
			seen = append(seen, len(v))
			mu.Unlock()
		}})
		a, _ := open(t, srv.Addr(), signer)
		b, _ := open(t, srv.Addr(), signer)
		waitFor(t, "two programs", func() bool {
			return strings.Contains(a.String(), "hello viewer") && strings.Contains(b.String(), "hello viewer")
		})
		if n := srv.Viewers(); n != 2 {
			t.Fatalf("Viewers() = %d, want 2", n)
		}
		c, done := open(t, srv.Addr(), signer)
		<-done
		if !strings.Contains(c.String(), "2 viewers are connected, the most this server allows") || strings.Contains(c.String(), "hello viewer") {
			t.Fatalf("the third session got %q", c.String())
		}
		mu.Lock()
		defer mu.Unlock()
		if len(seen) != 2 || seen[1] != 2 {
			t.Fatalf("OnViewers saw %v, want [1 2]", seen)
		}
	})
	t.Run("new connections are rate limited per address", func(t *testing.T) {
		srv, signer := serve(t, Config{ConnectRate: 0.001, ConnectBurst: 2})
		for range 2 {
			out, done := open(t, srv.Addr(), signer)
			waitFor(t, "a program", func() bool { return strings.Contains(out.String(), "hello viewer") })
			_ = done
		}
		out, done := open(t, srv.Addr(), signer)
		<-done
		if !strings.Contains(out.String(), "rate limit exceeded") {
			t.Fatalf("the third connection within the burst got %q", out.String())
		}
	})
	t.Run("an idle session is closed with a message", func(t *testing.T) {
		srv, signer := serve(t, Config{IdleTimeout: 300 * time.Millisecond})
		out, done := open(t, srv.Addr(), signer)
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			t.Fatal("the idle session stayed open")
		}
		if !strings.Contains(out.String(), "closed after 300ms without input") {
			t.Fatalf("the idle viewer got %q", out.String())
		}
		waitFor(t, "the viewer to be counted out", func() bool { return srv.Viewers() == 0 })
	})
}
