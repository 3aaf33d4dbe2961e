package main

import (
	"errors"
	"io"
	"strings"
	"testing"
)

func TestReadSecret(t *testing.T) {
	tests := []struct {
		name, in, want string
		err            error
	}{
		{name: "Enter ends the line", in: "hunter2\r", want: "hunter2"},
		{name: "a newline too", in: "hunter2\nnext", want: "hunter2"},
		{name: "Ctrl-C interrupts at once, without Enter", in: "hun\x03ter2\r", err: errInterrupted},
		{name: "Ctrl-C on an empty line", in: "\x03", err: errInterrupted},
		{name: "Backspace deletes a character", in: "ab\x7fc\r", want: "ac"},
		{name: "Backspace deletes a whole UTF-8 character", in: "pä\x7f\x08x\r", want: "x"},
		{name: "Ctrl-U clears the line", in: "wrong\x15right\r", want: "right"},
		{name: "Ctrl-D on an empty line is EOF", in: "\x04", err: io.EOF},
		{name: "end of input keeps what was typed", in: "abc", want: "abc"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := readSecret(strings.NewReader(tt.in))
			if !errors.Is(err, tt.err) || got != tt.want {
				t.Fatalf("got %q, %v; want %q, %v", got, err, tt.want, tt.err)
			}
		})
	}
}
