package sshserve

import (
	"context"
	"fmt"
	"slices"
	"sync"
	"sync/atomic"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/ssh"
	"charm.land/wish/v2"
	bm "charm.land/wish/v2/bubbletea"
	gossh "golang.org/x/crypto/ssh"

	"github.com/washboard/washboard/model"
)

// sessionKey finds a session's state in its ssh.Context.
type sessionKey struct{}

// session is one viewer's state between the middleware that admits it and
// the program handler that builds its program.
type session struct {
	ctx     context.Context // ends when the session does
	viewer  Viewer
	input   atomic.Int64 // unix nanoseconds of the last key, mouse or paste
	program atomic.Pointer[tea.Program]
	idled   atomic.Bool
	// closer is the model's Close, when it has one: the goroutines it
	// started (a burst) are stopped and waited for once its program ends.
	closer atomic.Pointer[func()]
}

// sessions admits a session under the cap, registers it as a viewer, runs
// the idle watch, and unregisters it when its program has ended.
func (s *Server) sessions(next ssh.Handler) ssh.Handler {
	return func(sess ssh.Session) {
		// The key the session authenticated with, and its read-only option.
		v := Viewer{Session: Session{User: sess.User(), RemoteAddr: sess.RemoteAddr().String(),
			Key: fingerprint(sess.PublicKey()), ReadOnly: s.keys.env(sess.PublicKey(), "WASHBOARD_READ_ONLY")}, Since: time.Now()}
		id, refusal := s.enter(v)
		if refusal != "" {
			s.log.Info("ssh session refused", "user", v.User, "remote", v.RemoteAddr, "key", v.Key, "why", refusal)
			wish.Fatalln(sess, "washboard: "+refusal)
			return
		}
		defer s.leave(id)
		ctx, cancel := context.WithCancel(sess.Context())
		st := &session{ctx: ctx, viewer: v}
		st.input.Store(time.Now().UnixNano())
		sess.Context().SetValue(sessionKey{}, st)
		var wg sync.WaitGroup
		if s.cfg.IdleTimeout > 0 {
			wg.Go(func() { s.watchIdle(ctx, st) })
		}
		next(sess)
		cancel()
		if c := st.closer.Load(); c != nil {
			(*c)()
		}
		wg.Wait()
		if st.idled.Load() {
			s.log.Info("ssh session closed when idle", "user", v.User, "remote", v.RemoteAddr, "idle", s.cfg.IdleTimeout)
			wish.Fatalf(sess, "%s\r\n", idleClosed(s.cfg.IdleTimeout))
		}
	}
}

// watchIdle quits the session's program once no input came for the idle
// timeout; it returns when ctx ends.
func (s *Server) watchIdle(ctx context.Context, st *session) {
	check := time.NewTicker(min(s.cfg.IdleTimeout/4+time.Millisecond, time.Second))
	defer check.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case now := <-check.C:
			if now.Sub(time.Unix(0, st.input.Load())) < s.cfg.IdleTimeout {
				continue
			}
			if p := st.program.Load(); p != nil {
				st.idled.Store(true)
				p.Quit()
				return
			}
		}
	}
}

// program builds each session's Bubble Tea program on wish's middleware,
// which relays window sizes and restores the terminal when it ends.
func (s *Server) program(newModel NewModel) bm.ProgramHandler {
	return func(sess ssh.Session) *tea.Program {
		st, _ := sess.Context().Value(sessionKey{}).(*session)
		if st == nil {
			return nil
		}
		// No tea.WithContext: the middleware quits the program when the
		// session's context ends, so Run returns cleanly instead of
		// logging a killed program on the operator's terminal.
		opts := append(bm.MakeOptions(sess),
			tea.WithoutSignalHandler(),
			tea.WithFPS(s.cfg.FPS),
			// Replaces MakeOptions' filter: it also turns a suspend into a
			// resume (a remote viewer cannot suspend the server), and notes
			// input for the idle timeout.
			tea.WithFilter(func(_ tea.Model, msg tea.Msg) tea.Msg {
				switch msg.(type) {
				case tea.SuspendMsg:
					return tea.ResumeMsg{}
				case tea.KeyPressMsg, tea.MouseMsg, tea.PasteMsg:
					st.input.Store(time.Now().UnixNano())
				}
				return msg
			}),
		)
		m := newModel(st.ctx, st.viewer.Session)
		if c, ok := m.(interface{ Close() }); ok {
			closeFn := c.Close
			st.closer.Store(&closeFn)
		}
		p := tea.NewProgram(m, opts...)
		st.program.Store(p)
		return p
	}
}

// enter registers a viewer, unless the server is shutting down or full; a
// refusal says why in words for the viewer's terminal.
func (s *Server) enter(v Viewer) (int, string) {
	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		return 0, "the server is shutting down"
	}
	if len(s.viewers) >= s.cfg.MaxSessions {
		s.mu.Unlock()
		return 0, capRefusal(s.cfg.MaxSessions)
	}
	s.wg.Add(1)
	s.nextID++
	id := s.nextID
	s.viewers[id] = v
	n := len(s.viewers)
	s.mu.Unlock()
	s.log.Info("ssh session", "user", v.User, "remote", v.RemoteAddr, "key", v.Key, "viewers", n)
	s.notify()
	return id, ""
}

func (s *Server) leave(id int) {
	s.mu.Lock()
	v := s.viewers[id]
	delete(s.viewers, id)
	n := len(s.viewers)
	s.mu.Unlock()
	s.log.Info("ssh session ended", "user", v.User, "remote", v.RemoteAddr, "after", time.Since(v.Since).Round(time.Second),
		"viewers", n)
	s.notify()
	s.wg.Done()
}

// notify calls OnViewers with who is connected now. Calls are serialised
// and each takes its list inside, so the last call always tells the
// present, whatever order sessions come and go in.
func (s *Server) notify() {
	if s.cfg.OnViewers == nil {
		return
	}
	s.notifyMu.Lock()
	defer s.notifyMu.Unlock()
	s.mu.Lock()
	list := make([]Viewer, 0, len(s.viewers))
	for _, v := range s.viewers {
		list = append(list, v)
	}
	s.mu.Unlock()
	slices.SortFunc(list, func(a, b Viewer) int { return a.Since.Compare(b.Since) })
	s.cfg.OnViewers(list)
}

// fingerprint is the key's SHA256 fingerprint, "" without a key.
func fingerprint(k ssh.PublicKey) string {
	if k == nil {
		return ""
	}
	return gossh.FingerprintSHA256(k)
}

// capRefusal tells one viewer too many why it is refused.
func capRefusal(n int) string {
	if n == 1 {
		return "1 viewer is connected, the most this server allows; try again later"
	}
	return fmt.Sprintf("%d viewers are connected, the most this server allows; try again later", n)
}

// idleClosed is what a viewer reads when the idle timeout closes the
// session: the timeout as a length (1m for 60s, not Go's 1m0s).
func idleClosed(timeout time.Duration) string {
	return "washboard: closed after " + model.Length(timeout) + " without input"
}
