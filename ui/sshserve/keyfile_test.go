package sshserve

import (
	"crypto/ed25519"
	"crypto/rand"
	"log/slog"
	"os"
	"strings"
	"testing"
	"time"

	gossh "golang.org/x/crypto/ssh"
)

// ut40a-22: `serve` read authorized_keys at start only, so a key appended
// while it ran was refused until a restart, and nothing said so. Over a
// real SSH connection: a key not in the file is refused (the log says the
// file and when it was read), the same key appended gets in, and a file
// then broken leaves the last good keys in use (a log line says so).
func TestAuthorizedKeysReadAgainWhenTheFileChanges(t *testing.T) {
	logged := &lockedBuffer{}
	srv, first := serve(t, Config{Log: slog.New(slog.NewTextHandler(logged, nil))})
	_, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	second, err := gossh.NewSignerFromKey(priv)
	if err != nil {
		t.Fatal(err)
	}
	dial := func(s gossh.Signer) error {
		c, err := gossh.Dial("tcp", srv.Addr(), &gossh.ClientConfig{User: "tester", Auth: []gossh.AuthMethod{gossh.PublicKeys(s)},
			HostKeyCallback: gossh.InsecureIgnoreHostKey(), Timeout: 5 * time.Second})
		if err == nil {
			_ = c.Close()
		}
		return err
	}
	if err := dial(second); err == nil {
		t.Fatal("a key not in the file got in")
	}
	if l := logged.String(); !strings.Contains(l, "not in the authorized keys file") || !strings.Contains(l, "read_at=") {
		t.Errorf("the refusal's log line does not say the file and when it was read:\n%s", l)
	}
	path := srv.cfg.AuthorizedKeys
	f, err := os.OpenFile(path, os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.Write(gossh.MarshalAuthorizedKey(second.PublicKey())); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	if err := dial(second); err != nil {
		t.Fatalf("a key appended while the server runs is refused: %v", err)
	}
	out, _ := open(t, srv.Addr(), second) // a whole session, not only the handshake
	waitFor(t, "the appended key's session", func() bool { return strings.Contains(out.String(), "hello viewer") })
	if err := os.WriteFile(path, []byte("not a key\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, s := range []gossh.Signer{first, second} {
		if err := dial(s); err != nil {
			t.Errorf("after the file broke, a key read before is refused: %v", err)
		}
	}
	if l := logged.String(); !strings.Contains(l, "not read again; the keys read before stay") || !strings.Contains(l, "no public key") {
		t.Errorf("the failed read is not logged with its cause:\n%s", l)
	}
}
