// Package sshserve serves Bubble Tea programs over SSH: one program per
// session, each built by the caller over state they all share. It only
// accepts public keys listed in an authorized_keys file.
package sshserve

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"strings"
	"sync"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/gliderlabs/ssh"
)

// NewModel builds one session's model. ctx ends when the session does.
type NewModel func(ctx context.Context, s Session) tea.Model

// Session is what a model may know of its SSH session.
type Session struct {
	User       string
	RemoteAddr string
}

// Config configures the server.
type Config struct {
	Listen         string // host:port
	HostKeyPath    string // created (ed25519) when missing
	AuthorizedKeys string // OpenSSH authorized_keys file; required
	Log            *slog.Logger
}

// Server is a listening SSH server.
type Server struct {
	srv *ssh.Server
	ln  net.Listener
	log *slog.Logger

	mu     sync.Mutex
	closed bool // no session may start once Serve is draining
	wg     sync.WaitGroup
}

// Listen prepares the server: it loads (or creates) the host key, loads the
// authorized keys, and binds the address. Serve then accepts sessions.
func Listen(cfg Config, newModel NewModel) (*Server, error) {
	log := cfg.Log
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	keys, err := LoadAuthorizedKeys(cfg.AuthorizedKeys)
	if err != nil {
		return nil, err
	}
	signer, err := LoadOrCreateHostKey(cfg.HostKeyPath)
	if err != nil {
		return nil, err
	}
	s := &Server{log: log}
	s.srv = &ssh.Server{
		HostSigners: []ssh.Signer{signer},
		Handler:     s.handler(newModel),
		PublicKeyHandler: func(ctx ssh.Context, key ssh.PublicKey) bool {
			ok := keys.Allows(key)
			if !ok {
				log.Info("ssh key refused", "user", ctx.User(), "remote", ctx.RemoteAddr().String())
			}
			return ok
		},
		// No PasswordHandler and no KeyboardInteractiveHandler: keys only.
	}
	if s.ln, err = net.Listen("tcp", cfg.Listen); err != nil {
		return nil, fmt.Errorf("ssh listen %s: %w", cfg.Listen, err)
	}
	return s, nil
}

// Addr is the address the server listens on.
func (s *Server) Addr() string { return s.ln.Addr().String() }

// Serve accepts sessions until ctx ends, then closes every session and
// waits for their programs to stop.
func (s *Server) Serve(ctx context.Context) error {
	go func() {
		<-ctx.Done()
		_ = s.srv.Close()
	}()
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

func (s *Server) handler(newModel NewModel) ssh.Handler {
	return func(sess ssh.Session) {
		if !s.enter() {
			_ = sess.Exit(1) // shutting down
			return
		}
		defer s.wg.Done()
		pty, winCh, ok := sess.Pty()
		if !ok {
			fmt.Fprintln(sess.Stderr(), "washboard needs a terminal: connect with ssh -t")
			_ = sess.Exit(1)
			return
		}
		ctx, cancel := context.WithCancel(sess.Context())
		defer cancel()
		env := append(sess.Environ(), "TERM="+pty.Term)
		m := newModel(ctx, Session{User: sess.User(), RemoteAddr: sess.RemoteAddr().String()})
		if c, ok := m.(interface{ Close() }); ok { // a model owning goroutines: stop them when the session ends
			defer c.Close()
		}
		p := tea.NewProgram(m,
			tea.WithContext(ctx),
			tea.WithInput(sess),
			tea.WithOutput(crlf{sess}),
			tea.WithEnvironment(env),
			tea.WithColorProfile(colorprofile.Env(env)),
			tea.WithWindowSize(pty.Window.Width, pty.Window.Height),
			tea.WithoutSignalHandler(),
		)
		go func() {
			for {
				select {
				case <-ctx.Done():
					return
				case w, ok := <-winCh:
					if !ok {
						return
					}
					p.Send(tea.WindowSizeMsg{Width: w.Width, Height: w.Height})
				}
			}
		}()
		s.log.Info("ssh session", "user", sess.User(), "remote", sess.RemoteAddr().String())
		if _, err := p.Run(); err != nil && ctx.Err() == nil {
			s.log.Warn("ssh session ended", "err", err)
		}
		_ = sess.Exit(0)
	}
}

// enter counts a session in, unless the server is shutting down: a
// WaitGroup must not grow while Serve waits on it.
func (s *Server) enter() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return false
	}
	s.wg.Add(1)
	return true
}

// crlf turns \n into \r\n: an SSH session has no server-side terminal to
// do it, and a bare \n would leave the cursor in the wrong column.
type crlf struct{ w io.Writer }

func (c crlf) Write(b []byte) (int, error) {
	if !strings.ContainsRune(string(b), '\n') {
		return c.w.Write(b)
	}
	out := make([]byte, 0, len(b)+16)
	for i, ch := range b {
		if ch == '\n' && (i == 0 || b[i-1] != '\r') {
			out = append(out, '\r')
		}
		out = append(out, ch)
	}
	if _, err := c.w.Write(out); err != nil {
		return 0, err
	}
	return len(b), nil
}
