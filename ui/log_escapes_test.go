package ui

import (
	"bytes"
	"regexp"
	"strings"
	"testing"

	"github.com/charmbracelet/colorprofile"

	"github.com/washboard/washboard/model"
)

// escapePair is the two records of ut18b/ut19b G3: one holds the text
// \x1b[2J a producer typed (backslash, x, 1, b), the other a real escape
// byte, in its key, a header and its value.
func escapePair() (literal, real model.Record) {
	literal = model.Record{Topic: "esc", Partition: 0, Offset: 0, Time: fixedNow,
		Key: []byte(`literal\x1b`), Value: []byte(`plain text \x1b[2J not an escape`),
		Headers: []model.Header{{Key: "trace", Value: []byte(`\x1b[31mred`)}}}
	real = model.Record{Topic: "esc", Partition: 0, Offset: 1, Time: fixedNow,
		Key: []byte("literal\x1b"), Value: []byte("plain text \x1b[2J not an escape"),
		Headers: []model.Header{{Key: "trace", Value: []byte("\x1b[31mred")}}}
	return literal, real
}

// noColor is a frame as a terminal with NO_COLOR set gets it: colours
// dropped, text decoration kept (colorprofile, which Bubble Tea uses).
func noColor(t *testing.T, frame string) string {
	t.Helper()
	p := colorprofile.Env([]string{"NO_COLOR=1", "TERM=xterm-256color"})
	if p != colorprofile.ASCII {
		t.Fatalf("NO_COLOR gives profile %v, want ASCII", p)
	}
	var buf bytes.Buffer
	w := &colorprofile.Writer{Forward: &buf, Profile: p}
	if _, err := w.Write([]byte(frame)); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

// lineHolding is the line of s that holds sub.
func lineHolding(t *testing.T, s, sub string) string {
	t.Helper()
	for _, l := range strings.Split(s, "\n") {
		if strings.Contains(l, sub) {
			return l
		}
	}
	t.Fatalf("no line holds %q:\n%s", sub, s)
	return ""
}

// underline is the Escape style's start, which NO_COLOR keeps (with or
// without its colour).
var underline = regexp.MustCompile(`\x1b\[(?:[0-9;]*;)?4[;m]`)

// A literal \x1b[2J and a real escape byte read differently in the Log
// list, in colour and with NO_COLOR: the record's own backslash reads \\,
// washboard's escape is drawn in the Escape style (ut19b G3).
func TestLogEscapesTellLiteralFromReal(t *testing.T) {
	for _, name := range []string{"log-escapes-80x24", "log-escapes-200x50"} {
		t.Run(name, func(t *testing.T) {
			w, h := dims(name)
			lit, real := escapePair()
			a := logApp(t, w, h, lit, real)
			got := screen(a)
			assertFits(t, got, w, h)
			assertNoRawEscapes(t, a.View().Content)
			litRow, realRow := lineHolding(t, got, "esc/0@0"), lineHolding(t, got, "esc/0@1")
			if !strings.Contains(litRow, `plain text \\x1b[2J`) || !strings.Contains(litRow, `literal\\x1b`) {
				t.Errorf("the literal record does not read \\\\x1b: %q", litRow)
			}
			if !strings.Contains(realRow, `plain text \x1b[2J`) || strings.Contains(realRow, `\\`) {
				t.Errorf("the real escape does not read \\x1b: %q", realRow)
			}
			for _, frame := range []string{a.View().Content, noColor(t, a.View().Content)} {
				litRaw, realRaw := lineHolding(t, frame, "esc/0@0"), lineHolding(t, frame, "esc/0@1")
				if underline.MatchString(litRaw) {
					t.Errorf("the literal record has text drawn as an escape: %q", litRaw)
				}
				if len(underline.FindAllString(realRaw, -1)) != 2 { // the key's and the value's
					t.Errorf("the real escapes are not drawn in the escape style (want 2): %q", realRaw)
				}
			}
			golden(t, name, logBox(t, got))
		})
	}
}

// The detail of each record tells them apart too: key, header and value.
func TestLogDetailEscapesTellLiteralFromReal(t *testing.T) {
	for _, tt := range []struct {
		name  string
		keys  []string
		lit   bool
		lines []string
	}{
		{"log-escapes-detail-literal-80x24", []string{"space", "up", "enter"}, true,
			[]string{`literal\\x1b`, `trace = \\x1b[31mred`, `plain text \\x1b[2J not an escape`}},
		{"log-escapes-detail-real-80x24", []string{"space", "enter"}, false,
			[]string{`literal\x1b`, `trace = \x1b[31mred`, `plain text \x1b[2J not an escape`}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			w, h := dims(tt.name)
			lit, real := escapePair()
			a := logApp(t, w, h, lit, real)
			press(a, tt.keys...)
			got := screen(a)
			assertFits(t, got, w, h)
			for _, want := range tt.lines {
				l := lineHolding(t, got, want)
				if !tt.lit && strings.Contains(l, `\\`) {
					t.Errorf("the real escape reads as a literal backslash: %q", l)
				}
				for _, frame := range []string{a.View().Content, noColor(t, a.View().Content)} {
					raw := lineHolding(t, frame, want[:5])
					if styled := underline.MatchString(raw); styled == tt.lit {
						t.Errorf("%q: escape style %v, want %v: %q", want, styled, !tt.lit, raw)
					}
				}
			}
			golden(t, tt.name, logBox(t, got))
		})
	}
}

// JSON keeps its own escaping: a JSON string holding the text \x1b reads
// \\x1b, as JSON writes it, and a real escape byte makes the value not
// JSON, shown as text with washboard's escape.
func TestLogJSONEscapesDiffer(t *testing.T) {
	lit := model.Record{Topic: "esc", Partition: 0, Offset: 0, Time: fixedNow, Value: []byte(`{"v":"\\x1b[2J"}`)}
	real := model.Record{Topic: "esc", Partition: 0, Offset: 1, Time: fixedNow, Value: []byte("{\"v\":\"\x1b[2J\"}")}
	a := logApp(t, 80, 24, lit, real)
	got := screen(a)
	if l := lineHolding(t, got, "esc/0@0"); !strings.Contains(l, `{"v":"\\x1b[2J"}`) {
		t.Errorf("JSON literal: %q", l)
	}
	if l := lineHolding(t, got, "esc/0@1"); !strings.Contains(l, `{"v":"\x1b[2J"}`) {
		t.Errorf("real escape in JSON-looking text: %q", l)
	}
	if l := lineHolding(t, a.View().Content, "esc/0@0"); underline.MatchString(l) {
		t.Errorf("JSON's own escape drawn as washboard's: %q", l)
	}
	if l := lineHolding(t, a.View().Content, "esc/0@1"); !underline.MatchString(l) {
		t.Errorf("the real escape is not styled: %q", l)
	}
}
