package sshserve

import (
	"log/slog"
	"os"
	"sync"
	"time"

	"charm.land/ssh"
)

// keyFile is the authorized_keys file as the server reads it: again at an
// authentication when its modification time or size changed since the last
// read, as OpenSSH reads it per connection, so a key added while `serve`
// runs gets in without a restart (ut40a-22: it was read at start only, a
// key appended later refused with nothing saying why). A read that fails
// is logged and the last good keys stay.
type keyFile struct {
	path string
	log  *slog.Logger

	mu     sync.Mutex
	keys   AuthorizedKeys
	mod    time.Time // the file's modification time at the last read
	size   int64
	readAt time.Time // when the keys in use were read
}

// loadKeyFile reads path once, at start: a file that cannot be read then
// stops the server (LoadAuthorizedKeys).
func loadKeyFile(path string, log *slog.Logger) (*keyFile, error) {
	f := &keyFile{path: path, log: log}
	info, _ := os.Stat(path)
	keys, err := LoadAuthorizedKeys(path)
	if err != nil {
		return nil, err
	}
	f.set(keys, info)
	return f, nil
}

// set takes keys as read from a file that had info (nil: not known).
func (f *keyFile) set(keys AuthorizedKeys, info os.FileInfo) {
	f.keys, f.readAt = keys, time.Now()
	if info != nil {
		f.mod, f.size = info.ModTime(), info.Size()
	}
}

// current is the keys now: read again when the file changed since the
// last read, the last good keys where that read fails.
func (f *keyFile) current() AuthorizedKeys {
	f.mu.Lock()
	defer f.mu.Unlock()
	info, err := os.Stat(f.path)
	if err == nil && info.ModTime().Equal(f.mod) && info.Size() == f.size {
		return f.keys
	}
	keys, lerr := LoadAuthorizedKeys(f.path)
	if lerr != nil {
		f.log.Warn("ssh authorized keys not read again; the keys read before stay", "file", f.path,
			"keys", len(f.keys), "read_at", f.readAt.Format(time.TimeOnly), "err", lerr)
		if info != nil { // said once per change of the file, not at every login
			f.mod, f.size = info.ModTime(), info.Size()
		}
		return f.keys
	}
	f.set(keys, info)
	f.log.Info("ssh authorized keys read again", "file", f.path, "keys", len(keys))
	return f.keys
}

// allows reports whether key is in the file now, and when the keys it was
// checked against were read (for the refusal's log line).
func (f *keyFile) allows(key ssh.PublicKey) (bool, time.Time) {
	keys := f.current()
	f.mu.Lock()
	defer f.mu.Unlock()
	return keys.Allows(key), f.readAt
}

// env is AuthorizedKeys.Env on the keys now.
func (f *keyFile) env(key ssh.PublicKey, name string) string {
	return f.current().Env(key, name)
}
