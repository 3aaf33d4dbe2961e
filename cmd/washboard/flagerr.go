package main

import (
	"errors"
	"strings"
)

// flagError is a flag package error in the user's own spelling: Go's
// flag package names a flag with one dash ("-frobnicate") whatever was
// typed, so a user who typed --frobnicate would look for a typo that is
// not there. The flag's name is echoed as it appears in args.
func flagError(err error, args []string) error {
	text := err.Error()
	for _, a := range args {
		if !strings.HasPrefix(a, "--") || a == "--" {
			continue
		}
		typed, _, _ := strings.Cut(a, "=")
		single := typed[1:] // how package flag prints it
		for _, end := range []string{"", ":", " "} {
			if i := strings.Index(text, " "+single+end); i >= 0 && (end != "" || strings.HasSuffix(text, " "+single)) {
				text = text[:i+1] + typed + text[i+1+len(single):]
				break
			}
		}
	}
	return errors.New(text)
}
