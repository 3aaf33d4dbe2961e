// Package sshserve serves Bubble Tea programs over SSH on wish: one program
// per session, each built by the caller over state they all share. It only
// accepts public keys listed in an authorized_keys file, caps concurrent
// sessions, closes idle ones and rate-limits new connections per address.
package sshserve

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"sync"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/ssh"
	"charm.land/wish/v2"
	bm "charm.land/wish/v2/bubbletea"
	"charm.land/wish/v2/ratelimiter"
	"golang.org/x/time/rate"
)

// Defaults for Config's zero values.
const (
	DefaultMaxSessions  = 10  // concurrent viewers
	DefaultConnectRate  = 1.0 // new connections per second per remote IP, after the burst
	DefaultConnectBurst = 10  // connections one IP may open at once
)

// NewModel builds one session's model. ctx ends when the session does.
type NewModel func(ctx context.Context, s Session) tea.Model

// Session is what a model may know of its SSH session.
type Session struct {
	User       string
	RemoteAddr string
	// ReadOnly is the session key's WASHBOARD_READ_ONLY option in the
	// authorized_keys file (environment="WASHBOARD_READ_ONLY=admin"), ""
	// when it has none. It comes from the server's file, never from the
	// client's environment.
	ReadOnly string
	// Key is the SHA256 fingerprint of the public key the viewer logged in
	// with ("SHA256:..."), as ssh-keygen -l prints it. Per-key modes (a
	// read-only or admin key) are decided from it in NewModel.
	Key string
}

// Viewer is one connected session, as the operator sees it.
type Viewer struct {
	Session
	Since time.Time
}

// Config configures the server.
type Config struct {
	Listen         string // host:port
	HostKeyPath    string // created (ed25519) when missing
	AuthorizedKeys string // OpenSSH authorized_keys file; required
	Log            *slog.Logger
	// MaxSessions caps concurrent sessions; one more is refused with a
	// message. 0 means DefaultMaxSessions.
	MaxSessions int
	// IdleTimeout closes a session that sent no key, mouse or paste for
	// this long (screen updates do not count). 0 never does.
	IdleTimeout time.Duration
	// ConnectRate and ConnectBurst limit new connections per remote IP
	// (token bucket); zero values take the defaults.
	ConnectRate  float64
	ConnectBurst int
	// OnViewers, when set, is called with everybody connected each time a
	// session starts or ends (sorted by arrival), one call at a time.
	OnViewers func([]Viewer)
	// FPS is how often a session's renderer looks for a new frame to
	// write (0: Bubble Tea's default, 60 a second).
	FPS int
}

// Server is a listening SSH server.
type Server struct {
	srv  *ssh.Server
	ln   net.Listener
	log  *slog.Logger
	cfg  Config
	keys *keyFile // read again as it changes (keyfile.go)

	mu      sync.Mutex
	closed  bool // no session may start once Serve is draining
	wg      sync.WaitGroup
	nextID  int
	viewers map[int]Viewer

	notifyMu sync.Mutex // one OnViewers call at a time
}

// Listen prepares the server: it loads (or creates) the host key, loads the
// authorized keys, and binds the address. Serve then accepts sessions.
func Listen(cfg Config, newModel NewModel) (*Server, error) {
	if cfg.Log == nil {
		cfg.Log = slog.New(slog.DiscardHandler)
	}
	if cfg.MaxSessions <= 0 {
		cfg.MaxSessions = DefaultMaxSessions
	}
	if cfg.ConnectRate <= 0 {
		cfg.ConnectRate = DefaultConnectRate
	}
	if cfg.ConnectBurst <= 0 {
		cfg.ConnectBurst = DefaultConnectBurst
	}
	keys, err := loadKeyFile(cfg.AuthorizedKeys, cfg.Log)
	if err != nil {
		return nil, err
	}
	signer, err := LoadOrCreateHostKey(cfg.HostKeyPath)
	if err != nil {
		return nil, err
	}
	s := &Server{log: cfg.Log, cfg: cfg, keys: keys, viewers: map[int]Viewer{}}
	// Composed first to last: the last runs first. A connection is rate
	// limited, logged, checked for a terminal, counted against the cap,
	// then given its program.
	s.srv, err = wish.NewServer(
		// The host key goes in as an option: wish.NewServer writes a new
		// key to ./id_ed25519 when none is set before it returns.
		func(srv *ssh.Server) error { srv.AddHostKey(signer); return nil },
		wish.WithPublicKeyAuth(s.allow),
		// No password or keyboard-interactive handler: keys only.
		wish.WithMiddleware(
			bm.MiddlewareWithProgramHandler(s.program(newModel)),
			s.sessions,
			s.needTerminal,
			s.logConnections,
			ratelimiter.Middleware(ratelimiter.NewRateLimiter(rate.Limit(cfg.ConnectRate), cfg.ConnectBurst, 1024)),
		),
	)
	if err != nil {
		return nil, fmt.Errorf("ssh server: %w", err)
	}
	if s.ln, err = net.Listen("tcp", cfg.Listen); err != nil {
		return nil, fmt.Errorf("ssh listen %s: %w", cfg.Listen, err)
	}
	return s, nil
}

// allow admits the keys in the authorized_keys file as it is now and logs
// the others, with when the file was last read.
func (s *Server) allow(ctx ssh.Context, key ssh.PublicKey) bool {
	ok, readAt := s.keys.allows(key)
	if !ok {
		s.log.Info("ssh key refused: not in the authorized keys file", "user", ctx.User(), "remote", ctx.RemoteAddr().String(),
			"key", fingerprint(key), "file", s.cfg.AuthorizedKeys, "read_at", readAt.Format(time.TimeOnly))
	}
	return ok
}

// Addr is the address the server listens on.
func (s *Server) Addr() string { return s.ln.Addr().String() }

// Viewers is how many sessions are connected now.
func (s *Server) Viewers() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.viewers)
}

// Serve accepts sessions until ctx ends, then closes every session and
// waits for their programs to stop.
func (s *Server) Serve(ctx context.Context) error {
	stop := context.AfterFunc(ctx, func() { _ = s.srv.Close() })
	defer stop()
	err := s.srv.Serve(s.ln)
	s.mu.Lock()
	s.closed = true
	s.mu.Unlock()
	s.wg.Wait()
	if errors.Is(err, ssh.ErrServerClosed) || ctx.Err() != nil {
		return nil
	}
	return fmt.Errorf("ssh serve: %w", err)
}
