package sshserve

import (
	"crypto/ed25519"
	"crypto/rand"
	"encoding/pem"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"charm.land/ssh"
	gossh "golang.org/x/crypto/ssh"
)

// AuthorizedKey is one public key allowed in, with its authorized_keys
// options (`environment="NAME=value"`, as OpenSSH writes them).
type AuthorizedKey struct {
	ssh.PublicKey
	Options []string
}

// AuthorizedKeys is the set of public keys allowed in.
type AuthorizedKeys []AuthorizedKey

// Allows reports whether key is one of the authorized keys.
func (a AuthorizedKeys) Allows(key ssh.PublicKey) bool {
	_, ok := a.find(key)
	return ok
}

func (a AuthorizedKeys) find(key ssh.PublicKey) (AuthorizedKey, bool) {
	for _, k := range a {
		if ssh.KeysEqual(k.PublicKey, key) {
			return k, true
		}
	}
	return AuthorizedKey{}, false
}

// Env is the value key's environment="NAME=value" option sets for name,
// or "".
func (a AuthorizedKeys) Env(key ssh.PublicKey, name string) string {
	k, _ := a.find(key)
	for _, o := range k.Options {
		v, ok := strings.CutPrefix(o, "environment=")
		if !ok {
			continue
		}
		v = strings.Trim(v, `"`)
		if n, val, ok := strings.Cut(v, "="); ok && n == name {
			return val
		}
	}
	return ""
}

// LoadAuthorizedKeys reads an OpenSSH authorized_keys file. An empty or
// missing file is an error: a server nobody can log in to, or anybody
// could, is never what was meant.
func LoadAuthorizedKeys(path string) (AuthorizedKeys, error) {
	if path == "" {
		return nil, errors.New("ssh: an authorized_keys file is required (--authorized-keys PATH); washboard accepts public keys only")
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("ssh authorized keys: %w", err)
	}
	var keys AuthorizedKeys
	for len(data) > 0 {
		// ParseAuthorizedKey skips blank, comment and unreadable lines
		// itself, and fails only when no key is left.
		key, _, options, rest, err := gossh.ParseAuthorizedKey(data)
		if err != nil {
			break
		}
		keys = append(keys, AuthorizedKey{PublicKey: key, Options: options})
		data = rest
	}
	if len(keys) == 0 {
		return nil, fmt.Errorf("ssh authorized keys %s: no public key in it", path)
	}
	return keys, nil
}

// LoadOrCreateHostKey reads the server's private host key, creating an
// ed25519 key (mode 0600) when the file does not exist yet, so clients see
// the same host key on every start.
func LoadOrCreateHostKey(path string) (ssh.Signer, error) {
	if path == "" {
		return nil, errors.New("ssh: a host key path is required")
	}
	data, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return createHostKey(path)
	}
	if err != nil {
		return nil, fmt.Errorf("ssh host key: %w", err)
	}
	signer, err := gossh.ParsePrivateKey(data)
	if err != nil {
		return nil, fmt.Errorf("ssh host key %s: %w", path, err)
	}
	return signer, nil
}

func createHostKey(path string) (ssh.Signer, error) {
	_, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		return nil, fmt.Errorf("ssh host key: %w", err)
	}
	block, err := gossh.MarshalPrivateKey(priv, "washboard host key")
	if err != nil {
		return nil, fmt.Errorf("ssh host key: %w", err)
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return nil, fmt.Errorf("ssh host key: %w", err)
	}
	if err := os.WriteFile(path, pem.EncodeToMemory(block), 0o600); err != nil {
		return nil, fmt.Errorf("ssh host key: %w", err)
	}
	return gossh.NewSignerFromKey(priv)
}
