package sshserve

import (
	"time"

	"charm.land/ssh"
	"charm.land/wish/v2"
)

// NoTerminal is what a session without a terminal (ssh without -t running
// a command, or a script) is told before it is closed.
//
// ssh -t asks for one only where ssh's own stdin is a terminal; a user who
// passed -t from a script needs -tt (ut43a-26), so both are said.
const NoTerminal = "washboard needs a terminal: connect with ssh -t (ssh -tt where ssh's own input is not a terminal)"

// needTerminal refuses sessions without a pseudo-terminal in washboard's
// words (wish's activeterm says "Requires an active PTY").
func (s *Server) needTerminal(next ssh.Handler) ssh.Handler {
	return func(sess ssh.Session) {
		if _, _, ok := sess.Pty(); ok {
			next(sess)
			return
		}
		s.log.Info("ssh session refused", "user", sess.User(), "remote", sess.RemoteAddr().String(),
			"key", fingerprint(sess.PublicKey()), "why", "no terminal")
		wish.Fatalln(sess, NoTerminal) // the sentence starts with washboard
	}
}

// logConnections logs every connection that got past the key check, on
// arrival and departure, as structured lines like the rest of the log
// (wish's logging middleware writes free text).
func (s *Server) logConnections(next ssh.Handler) ssh.Handler {
	return func(sess ssh.Session) {
		pty, _, hasTerm := sess.Pty()
		term := ""
		if hasTerm {
			term = pty.Term
		}
		start := time.Now()
		s.log.Info("ssh connect", "user", sess.User(), "remote", sess.RemoteAddr().String(),
			"key", fingerprint(sess.PublicKey()), "term", term, "width", pty.Window.Width, "height", pty.Window.Height)
		next(sess)
		s.log.Info("ssh disconnect", "user", sess.User(), "remote", sess.RemoteAddr().String(),
			"after", time.Since(start).Round(time.Millisecond))
	}
}
