package sshserve

import (
	"log/slog"
	"regexp"
	"strings"
	"testing"
	"time"

	gossh "golang.org/x/crypto/ssh"
)

// A session without a terminal is told in washboard's words, and every
// line the server logs is structured (msg= and key=value pairs).
func TestNoTerminalAndStructuredLog(t *testing.T) {
	var logBuf lockedBuffer
	srv, signer := serve(t, Config{Log: slog.New(slog.NewTextHandler(&logBuf, nil))})
	client, err := gossh.Dial("tcp", srv.Addr(), &gossh.ClientConfig{User: "script", Auth: []gossh.AuthMethod{gossh.PublicKeys(signer)},
		HostKeyCallback: gossh.InsecureIgnoreHostKey(), Timeout: 5 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	defer client.Close()
	sess, err := client.NewSession()
	if err != nil {
		t.Fatal(err)
	}
	out, err := sess.CombinedOutput("status") // no pty requested: ssh without -t
	if _, ok := err.(*gossh.ExitError); !ok {
		t.Fatalf("err %v, want a non-zero exit", err)
	}
	if got := string(out); !strings.HasPrefix(got, "washboard needs a terminal: connect with ssh -t") || !strings.Contains(got, "ssh -tt") || strings.Contains(got, "Requires an active PTY") {
		t.Fatalf("a session without a terminal got %q", got)
	}
	// And one with a terminal, to log a whole session.
	view, done := open(t, srv.Addr(), signer)
	waitFor(t, "a program", func() bool { return strings.Contains(view.String(), "hello viewer") })
	_ = client.Close()
	_ = done
	waitFor(t, "the log of the refused session", func() bool {
		return strings.Contains(logBuf.String(), `msg="ssh session refused" user=script`) && strings.Contains(logBuf.String(), `why="no terminal"`)
	})
	waitFor(t, "the log of the viewer", func() bool { return strings.Contains(logBuf.String(), `msg="ssh connect" user=tester`) })
	structured := regexp.MustCompile(`^time=\S+ level=INFO msg=("ssh [a-z ]+"|ssh)( [a-z]+=("[^"]*"|\S*))*$`)
	for _, line := range strings.Split(strings.TrimSpace(logBuf.String()), "\n") {
		if !structured.MatchString(line) {
			t.Errorf("log line not structured like the others: %q", line)
		}
	}
}

// The cap's refusal counts in English, for a cap of one too.
func TestCapRefusalPlural(t *testing.T) {
	srv, signer := serve(t, Config{MaxSessions: 1})
	first, _ := open(t, srv.Addr(), signer)
	waitFor(t, "the first program", func() bool { return strings.Contains(first.String(), "hello viewer") })
	second, done := open(t, srv.Addr(), signer)
	<-done
	if got := second.String(); !strings.Contains(got, "washboard: 1 viewer is connected, the most this server allows") {
		t.Fatalf("the second viewer got %q", got)
	}
	if got := capRefusal(10); !strings.HasPrefix(got, "10 viewers are connected") {
		t.Fatalf("capRefusal(10) = %q", got)
	}
}
