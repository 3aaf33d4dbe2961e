package main

import (
	"strings"
	"syscall"
	"testing"
	"time"
)

// ctrl+z stops the console for the shell's job control, as a terminal
// program does: the shell says it stopped and has the terminal back; `fg`
// brings washboard back drawn whole, answering keys, with a filter typed
// before the stop still in its field.
func TestE2ECtrlZSuspendsAndFgResumes(t *testing.T) {
	// The wrapper sends stderr to a file; the shell's prompt and job notes
	// belong on the terminal.
	tm := startCommand(t, 120, 30, nil, "sh", "-c", "exec bash --norc --noprofile -i 2>&1")
	tm.waitFor("a shell prompt", 10*time.Second, func(s string) bool { return strings.Contains(s, "$") || strings.Contains(s, "#") })
	tm.keys(shellQuote(binary(t))+" --listen 127.0.0.1:0", "Enter")
	tm.waitText(30*time.Second, "1 Machines", "connected")
	tm.keys("6", "/", "w", "a", "s", "h")
	tm.waitText(10*time.Second, "/wash")

	tm.keys("C-z")
	tm.waitFor("the shell to say washboard stopped", 10*time.Second, func(s string) bool {
		return strings.Contains(s, "Stopped") && !strings.Contains(s, "1 Machines")
	})
	tm.keys("f", "g", "Enter")
	tm.waitText(15*time.Second, "1 Machines", "connected", "/wash")
	tm.keys("Escape")
	tm.waitFor("the filter to close", 10*time.Second, func(s string) bool { return !strings.Contains(s, "/wash") })
	tm.keys("q")
	tm.waitFor("the shell back after q", 15*time.Second, func(s string) bool { return !strings.Contains(s, "1 Machines") })
}

// A stop washboard did not ask for (kill -STOP, as a debugger or a process
// supervisor sends) hands the terminal to the shell, which puts it back in
// cooked mode; after `fg` washboard takes it again: drawn whole and a key
// acts at once, without echo or enter. Before, `?` was echoed and nothing
// happened until enter.
func TestE2EOutsideStopAndFgRetakesTheTerminal(t *testing.T) {
	tm := startCommand(t, 120, 30, nil, "sh", "-c", "exec bash --norc --noprofile -i 2>&1")
	tm.waitFor("a shell prompt", 10*time.Second, func(s string) bool { return strings.Contains(s, "$") || strings.Contains(s, "#") })
	tm.keys(shellQuote(binary(t))+" --listen 127.0.0.1:0", "Enter")
	tm.waitText(30*time.Second, "1 Machines", "connected")
	pid := tm.pid()
	if err := syscall.Kill(pid, syscall.SIGSTOP); err != nil {
		t.Fatalf("stop washboard: %v", err)
	}
	tm.waitFor("the shell to say washboard stopped", 10*time.Second, func(s string) bool {
		return strings.Contains(s, "Stopped") && !strings.Contains(s, "1 Machines")
	})
	tm.keys("f", "g", "Enter")
	tm.waitText(15*time.Second, "1 Machines", "connected")
	tm.keys("?")
	tm.waitText(10*time.Second, "keys · Machines", "esc or ? to close")
	tm.keys("Escape")
	tm.waitFor("help to close", 10*time.Second, func(s string) bool { return !strings.Contains(s, "esc or ? to close") })
	tm.keys("q")
	tm.waitFor("the shell back after q", 15*time.Second, func(s string) bool { return !strings.Contains(s, "1 Machines") })
}
