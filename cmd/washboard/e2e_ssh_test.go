package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/washboard/washboard/source/kafkatest"
)

// sshKey makes an ed25519 key pair with ssh-keygen and returns the private key's path.
func sshKey(t *testing.T, dir, name string) string {
	t.Helper()
	need(t, "ssh-keygen")
	path := filepath.Join(dir, name)
	if out, err := exec.Command("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", path).CombinedOutput(); err != nil {
		t.Fatalf("ssh-keygen: %v\n%s", err, out)
	}
	return path
}

// sshListening is serve's first line: what it serves said as what it
// is (the embedded demo or a cluster), not as a bare broker address
// (ut42a-22).
var sshListening = regexp.MustCompile(`(?m)^washboard serving (?:the embedded demo \(127\.0\.0\.1:\d+\)|the cluster \S+) over ssh on 127\.0\.0\.1:(\d+)`)

// startServe runs `washboard serve` and returns its SSH port.
func startServe(t *testing.T, authorized string, extra ...string) (string, *exec.Cmd) {
	t.Helper()
	args := append([]string{"serve", "--listen", "127.0.0.1:0", "--ssh", "127.0.0.1:0",
		"--authorized-keys", authorized, "--host-key", filepath.Join(t.TempDir(), "host")}, extra...)
	return startListening(t, sshListening, args...)
}

func sshArgs(key, port string) []string {
	return []string{"ssh", "-t", "-i", key, "-p", port, "-o", "StrictHostKeyChecking=no",
		"-o", "UserKnownHostsFile=/dev/null", "-o", "BatchMode=yes", "-o", "LogLevel=ERROR", "viewer@127.0.0.1"}
}

func TestE2ESSHServesSeveralViewers(t *testing.T) {
	need(t, "ssh", "ssh-keygen", "tmux")
	dir := t.TempDir()
	key := sshKey(t, dir, "viewer")
	port, serve := startServe(t, key+".pub")

	// Two viewers at different sizes see the same live data; zoom is
	// per session.
	a := startCommand(t, 120, 34, nil, sshArgs(key, port)...)
	b := startCommand(t, 90, 24, nil, sshArgs(key, port)...)
	a.waitText(30*time.Second, "1 Machines", "washer-01", "read-only")
	b.waitText(30*time.Second, "1 Machines", "washer-01")
	b.keys("6", "z")
	b.waitFor("viewer b zoomed on the Log", 10*time.Second, func(s string) bool {
		return strings.Contains(s, "6 Log") && !strings.Contains(s, "1 Machines")
	})
	if s := a.screen(); !strings.Contains(s, "1 Machines") {
		t.Fatalf("viewer a lost its grid when b zoomed:\n%s", s)
	}
	// Read-only by default: the form refuses to send.
	a.keys("p")
	a.waitText(10*time.Second, "read-only")
	a.keys("C-s")
	a.waitText(10*time.Second, "producing is disabled")

	b.keys("q")
	if code := b.exitCode(15 * time.Second); code != "0" {
		t.Fatalf("ssh exit %s after q, want 0", code)
	}
	if err := serve.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	if err := serve.Wait(); err != nil {
		t.Fatalf("serve did not stop cleanly on SIGTERM: %v", err)
	}
}

func TestE2ESSHRefusesUnknownKeys(t *testing.T) {
	need(t, "ssh", "ssh-keygen")
	dir := t.TempDir()
	allowed := sshKey(t, dir, "allowed")
	stranger := sshKey(t, dir, "stranger")
	port, _ := startServe(t, allowed+".pub")
	out, err := exec.Command(sshArgs(stranger, port)[0], append(sshArgs(stranger, port)[1:], "true")...).CombinedOutput()
	if err == nil || !strings.Contains(string(out), "Permission denied") {
		t.Fatalf("a key not in authorized_keys got in (err %v): %s", err, out)
	}
}

func TestServeRequiresAuthorizedKeys(t *testing.T) {
	out, err := washboard(t, "serve", "--listen", "127.0.0.1:0", "--ssh", "127.0.0.1:0").CombinedOutput()
	var ee *exec.ExitError
	if !errorsAs(err, &ee) || ee.ExitCode() != 2 || !strings.Contains(string(out), "authorized_keys") {
		t.Fatalf("serve without keys: err %v, output %q; want exit 2 naming authorized_keys", err, out)
	}
}

// A key's authorized_keys option sets its sessions' read-only mode: the
// on-call key may create a topic (kcat sees it), the plain key may not.
func TestE2ESSHModesPerKey(t *testing.T) {
	need(t, "ssh", "ssh-keygen", "tmux", "kcat")
	dir := t.TempDir()
	ops, viewer := sshKey(t, dir, "ops"), sshKey(t, dir, "viewer")
	opsPub, err := os.ReadFile(ops + ".pub")
	if err != nil {
		t.Fatal(err)
	}
	viewerPub, err := os.ReadFile(viewer + ".pub")
	if err != nil {
		t.Fatal(err)
	}
	keys := filepath.Join(dir, "authorized_keys")
	writeFile(t, keys, `environment="WASHBOARD_READ_ONLY=off" `+string(opsPub)+string(viewerPub))
	port, _ := startServe(t, keys)

	v := startCommand(t, 120, 34, nil, sshArgs(viewer, port)...)
	v.waitText(30*time.Second, "1 Machines", "read-only")
	v.keys("4", "C")
	v.waitText(10*time.Second, "this session is read-only (all): cannot create a topic")

	o := startCommand(t, 120, 34, nil, sshArgs(ops, port)...)
	s := o.waitText(30*time.Second, "1 Machines", "washer-01")
	if strings.Contains(s, "read-only") {
		t.Fatalf("the on-call key's session is read-only:\n%s", s)
	}
	s = o.waitFor("the embedded broker's address in the header", 10*time.Second, embeddedAddr.MatchString)
	addr := embeddedAddr.FindStringSubmatch(s)[1]
	o.keys("4", "C")
	o.waitText(10*time.Second, "create a topic", "name")
	o.keys("ssh-made", "Enter")
	o.waitText(10*time.Second, `type "ssh-made" and enter to create a topic`)
	o.keys("ssh-made", "Enter")
	o.waitText(20*time.Second, "created topic ssh-made")
	if out := kcat(t, "", "-b", addr, "-L", "-t", "ssh-made"); !strings.Contains(out, `topic "ssh-made"`) {
		t.Fatalf("kcat does not see the topic:\n%s", out)
	}
	// The event log names the SSH user: every session sees it beside any
	// group's rebalance log.
	kafkatest.Commit(t, kafkatest.Client(t, addr), "e2e-any", "ssh-made", map[int32]int64{0: 0})
	v.keys("Escape")
	v.waitFor("the refusal to close", 10*time.Second, func(s string) bool { return !strings.Contains(s, "cannot create a topic") })
	v.keys("5", "z")
	v.waitText(20*time.Second, "e2e-any")
	v.keys("Enter")
	v.waitText(10*time.Second, "ssh-made action by viewer: created topic ssh-made")
}
