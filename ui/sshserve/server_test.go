package sshserve

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestLoadAuthorizedKeys(t *testing.T) {
	const key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGVzc2VudGlhbGx5LWEtdGVzdC1rZXktMzItYnl0ZXMh test@host"
	dir := t.TempDir()
	write := func(name, content string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(content), 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	tests := []struct {
		name, path string
		keys       int
		err        string
	}{
		{"no path", "", 0, "required"},
		{"missing", filepath.Join(dir, "nope"), 0, "no such file"},
		{"empty", write("empty", "# nobody\n\n"), 0, "no public key"},
		{"garbage", write("garbage", "not a key\n"), 0, "no public key"},
		{"one key among comments", write("one", "# team\n"+key+"\n\n"), 1, ""},
		{"two keys", write("two", key+"\n"+key+"\n"), 2, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			keys, err := LoadAuthorizedKeys(tt.path)
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) {
					t.Fatalf("err %v, want one containing %q", err, tt.err)
				}
				return
			}
			if err != nil || len(keys) != tt.keys {
				t.Fatalf("%d keys, err %v; want %d", len(keys), err, tt.keys)
			}
		})
	}
}

func TestHostKeyIsCreatedOnceAndKept(t *testing.T) {
	path := filepath.Join(t.TempDir(), "sub", "host")
	a, err := LoadOrCreateHostKey(path)
	if err != nil {
		t.Fatal(err)
	}
	info, err := os.Stat(path)
	if err != nil || info.Mode().Perm() != 0o600 {
		t.Fatalf("host key file mode %v, err %v; want 0600", info.Mode().Perm(), err)
	}
	b, err := LoadOrCreateHostKey(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.PublicKey().Marshal(), b.PublicKey().Marshal()) {
		t.Fatal("the host key changed between starts")
	}
}

func TestAuthorizedKeyOptionsSetAKeysReadOnlyMode(t *testing.T) {
	const (
		a = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGVzc2VudGlhbGx5LWEtdGVzdC1rZXktMzItYnl0ZXMh ops@host"
		b = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIPL6Ke1tLYEKO0MhJyVMgxT/RuOwAlMv9SEJhCR/S86w viewer@host"
	)
	p := filepath.Join(t.TempDir(), "keys")
	content := `environment="WASHBOARD_READ_ONLY=off",no-pty ` + a + "\n" + b + "\n"
	if err := os.WriteFile(p, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
	keys, err := LoadAuthorizedKeys(p)
	if err != nil || len(keys) != 2 {
		t.Fatalf("%d keys, %v", len(keys), err)
	}
	if got := keys.Env(keys[0].PublicKey, "WASHBOARD_READ_ONLY"); got != "off" {
		t.Fatalf("ops key's mode %q, want off", got)
	}
	if got := keys.Env(keys[1].PublicKey, "WASHBOARD_READ_ONLY"); got != "" {
		t.Fatalf("viewer key's mode %q, want none", got)
	}
}
