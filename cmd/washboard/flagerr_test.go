package main

import (
	"context"
	"io"
	"strings"
	"testing"
)

// A flag error names the flag as it was typed: --frobnicate, not
// -frobnicate; -x as -x; and the value errors too.
func TestFlagErrorsEchoWhatWasTyped(t *testing.T) {
	tests := []struct {
		name string
		run  func(args []string) error
		args []string
		want string
	}{
		{"console, two dashes", func(a []string) error { _, err := parseConsoleFlags("washboard", a, nil); return err }, []string{"--frobnicate"}, "--frobnicate"},
		{"console, one dash", func(a []string) error { _, err := parseConsoleFlags("washboard", a, nil); return err }, []string{"-frobnicate"}, "-frobnicate"},
		{"console, missing value", func(a []string) error { _, err := parseConsoleFlags("washboard", a, nil); return err }, []string{"--brokers"}, "--brokers"},
		{"console, with a value", func(a []string) error { _, err := parseConsoleFlags("washboard", a, nil); return err }, []string{"--frob=1"}, "--frob"},
		{"bench", func(a []string) error { return runBench(context.Background(), a, io.Discard) }, []string{"--frobnicate"}, "--frobnicate"},
		{"bench value", func(a []string) error { return runBench(context.Background(), a, io.Discard) }, []string{"--rate=fast"}, "--rate"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.run(tt.args)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("error %v, want it to name %q", err, tt.want)
			}
			if strings.HasPrefix(tt.args[0], "--") && strings.Contains(err.Error(), " "+tt.args[0][1:]) && !strings.Contains(err.Error(), tt.args[0]) {
				t.Fatalf("error %v names the flag with one dash", err)
			}
		})
	}
}

// A count or duration a flag cannot mean is refused in words, naming the
// flag and what it wants, before anything starts: a negative
// --idle-timeout meant "never", a negative --max-sessions was ignored and
// a negative --fill taken as none, all silently (s4-forms' note).
func TestFlagValuesOutOfRangeAreRefused(t *testing.T) {
	serve := func(a []string) error { return runServe(context.Background(), a, io.Discard) }
	broker := func(a []string) error { return runBroker(context.Background(), a, io.Discard) }
	tests := []struct {
		name string
		run  func(args []string) error
		args []string
		want string
	}{
		{"serve, negative idle timeout", serve, []string{"--idle-timeout", "-5m"}, "--idle-timeout: want 0 (never) or a duration like 30m"},
		{"serve, idle timeout not a duration", serve, []string{"--idle-timeout", "soon"}, "--idle-timeout: want 0 (never) or a duration like 30m"},
		{"serve, negative max sessions", serve, []string{"--max-sessions", "-3"}, "--max-sessions: want a whole number of viewers from 1"},
		{"serve, no viewers at all", serve, []string{"--max-sessions", "0"}, "--max-sessions: want a whole number of viewers from 1"},
		{"broker, negative fill", broker, []string{"--fill", "-5"}, "--fill: want a whole number from 0"},
		{"broker, no machines", broker, []string{"--machines", "0"}, "--machines: want a whole number from 1"},
		{"broker, negative load", broker, []string{"--load", "-1"}, "--load: want records/s from 0"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.run(tt.args)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("error %v, want %q", err, tt.want)
			}
			if strings.Contains(err.Error(), tt.args[1]) && !strings.Contains(tt.want, tt.args[1]) {
				t.Fatalf("error %v echoes the value %q", err, tt.args[1])
			}
		})
	}
}
