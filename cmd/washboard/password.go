package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	xterm "github.com/charmbracelet/x/term"
)

// passwordPrompt asks the person at the terminal for a password; nil when
// nobody can be asked (no terminal on stdin, or a test).
type passwordPrompt func(question string) (string, error)

// password finds the SASL password, never from a flag: the config's
// password, else password_env's variable, else password_file (or
// --sasl-password-file), else KAFKA_SASL_PASSWORD, else a prompt before the
// UI starts. No mechanism needs no password.
func (s SASLConfig) password(c ClusterConfig, prompt passwordPrompt) (string, error) {
	if s.Mechanism == "" {
		return "", nil
	}
	switch {
	case s.Password != "":
		return s.Password, nil
	case s.PasswordEnv != "":
		if v := os.Getenv(s.PasswordEnv); v != "" {
			return v, nil
		}
		return "", fmt.Errorf("sasl.password_env: %s is not set", s.PasswordEnv)
	case s.PasswordFile != "":
		b, err := os.ReadFile(s.PasswordFile)
		if err != nil {
			return "", fmt.Errorf("sasl password file: %w", err)
		}
		// One line; a trailing newline from echo or an editor is not part of it.
		v := strings.TrimRight(string(b), "\r\n")
		if v == "" {
			return "", fmt.Errorf("sasl password file %s is empty", s.PasswordFile)
		}
		return v, nil
	}
	if v := os.Getenv("KAFKA_SASL_PASSWORD"); v != "" {
		return v, nil
	}
	if prompt == nil {
		return "", errors.New("SASL needs a password: set KAFKA_SASL_PASSWORD, give --sasl-password-file, or run in a terminal to be asked")
	}
	who := s.Username + " at " + dialed(c.Brokers)
	if c.Name != "" {
		who += " (" + c.Name + ")"
	}
	v, err := prompt(fmt.Sprintf("SASL %s password for %s: ", s.Mechanism, who))
	if errors.Is(err, errInterrupted) {
		return "", errInterrupted
	}
	if err != nil {
		return "", fmt.Errorf("password prompt: %w", err)
	}
	if v == "" {
		return "", errors.New("no password given")
	}
	return v, nil
}

// terminalPrompt asks on the terminal, echo off, when stdin is one. The
// question goes to the terminal itself (as ssh and sudo do), so it shows
// even when stderr is redirected. The terminal is in raw mode while the
// line is typed, so Ctrl-C ends washboard at once (errInterrupted); its
// state is restored whatever happens.
func terminalPrompt() passwordPrompt {
	if !xterm.IsTerminal(os.Stdin.Fd()) {
		return nil
	}
	return func(question string) (string, error) {
		var out io.Writer = os.Stderr
		if tty, err := os.OpenFile("/dev/tty", os.O_WRONLY, 0); err == nil {
			defer tty.Close()
			out = tty
		}
		// Raw mode first, the question after: a key typed as soon as
		// the question shows is neither echoed nor turned into a signal
		// (seen under load: "half^C" echoed, and Ctrl-C lost).
		old, err := xterm.MakeRaw(os.Stdin.Fd())
		if err != nil {
			return "", fmt.Errorf("terminal: %w", err)
		}
		defer fmt.Fprintln(out) // after the restore: raw mode does not turn \n into \r\n
		defer func() { _ = xterm.Restore(os.Stdin.Fd(), old) }()
		fmt.Fprint(out, question)
		return readSecret(os.Stdin)
	}
}
