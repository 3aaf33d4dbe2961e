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
