package main

import (
	"regexp"
	"strings"
	"testing"
	"time"
)

// escapeStyle is the start of washboard's escape style in a tmux capture
// with its attributes (-e): underline, alone or among others.
var escapeStyle = regexp.MustCompile(`\x1b\[(?:[0-9;]*;)?4[;m]`)

// A record holding the text \x1b[2J (backslash, x, 1, b) and one holding a
// real escape byte, in key, header and value, both produced with kcat,
// read differently in the real terminal: the literal's backslash reads
// \\, the real escape reads \x1b underlined, in the Log list and the
// record's details, with colour and with NO_COLOR (ut18b/ut19b G3).
func TestE2EEscapesTellLiteralFromReal(t *testing.T) {
	need(t, "kcat", "tmux")
	addr, _ := startListening(t, brokerListening, "broker", "--listen", "127.0.0.1:0", "--topics", "hostile:1")
	kcat(t, `lit\x1b:plain text \x1b[2J not an escape`+"\n", "-b", addr, "-P", "-t", "hostile", "-K:", "-p", "0",
		"-H", `trace=\x1b[31mred`)
	kcat(t, "real\x1b:plain text \x1b[2J not an escape\n", "-b", addr, "-P", "-t", "hostile", "-K:", "-p", "0",
		"-H", "trace=\x1b[31mred")

	for _, env := range [][]string{{"TERM=xterm-256color"}, {"TERM=xterm-256color", "NO_COLOR=1"}} {
		t.Run(strings.Join(env, " "), func(t *testing.T) {
			tm := startTerm(t, 80, 24, append([]string{"XDG_CONFIG_HOME=" + t.TempDir()}, env...), "--brokers", addr)
			tm.waitText(40*time.Second, "8 Topics")
			tm.keys("6", "z")
			s := tm.waitText(20*time.Second, "hostile/0@0", "hostile/0@1")
			lit, real := rowWith(t, s, "hostile/0@0"), rowWith(t, s, "hostile/0@1")
			if !strings.Contains(lit, `lit\\x1b`) || !strings.Contains(lit, `plain text \\x1b[2J`) {
				t.Errorf("the literal record does not read \\\\x1b: %q", lit)
			}
			if !strings.Contains(real, `real\x1b`) || !strings.Contains(real, `plain text \x1b[2J`) || strings.Contains(real, `\\`) {
				t.Errorf("the real escape does not read \\x1b: %q", real)
			}
			styled := tm.tmux("capture-pane", "-p", "-e", "-t", "wb")
			if l := rowWith(t, styled, "hostile/0@0"); escapeStyle.MatchString(l) {
				t.Errorf("the literal record has text drawn as an escape: %q", l)
			}
			if l := rowWith(t, styled, "hostile/0@1"); len(escapeStyle.FindAllString(l, -1)) < 2 {
				t.Errorf("the real escapes (key, value) are not underlined: %q", l)
			}

			// The details: the header of each reads as its list row does.
			tm.keys("Space", "Enter")
			tm.waitText(10*time.Second, "hostile/0@1  esc back", `trace = \x1b[31mred`)
			if l := rowWith(t, tm.tmux("capture-pane", "-p", "-e", "-t", "wb"), "trace = "); !escapeStyle.MatchString(l) {
				t.Errorf("the real header's escape is not underlined: %q", l)
			}
			tm.keys("Escape") // alone: ESC then a key at once reads as alt+key
			tm.waitFor("the detail closed", 10*time.Second, func(s string) bool { return !strings.Contains(s, "esc back") })
			tm.keys("Up", "Enter")
			tm.waitText(10*time.Second, "hostile/0@0  esc back", `trace = \\x1b[31mred`)
			if l := rowWith(t, tm.tmux("capture-pane", "-p", "-e", "-t", "wb"), "trace = "); escapeStyle.MatchString(l) {
				t.Errorf("the literal header is drawn as an escape: %q", l)
			}
		})
	}
}

// rowWith is the line of a capture holding sub.
func rowWith(t *testing.T, s, sub string) string {
	t.Helper()
	for _, l := range strings.Split(s, "\n") {
		if strings.Contains(l, sub) {
			return l
		}
	}
	t.Fatalf("no row holds %q:\n%s", sub, s)
	return ""
}
