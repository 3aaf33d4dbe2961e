package draw

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// escaped are names as model.Printable writes them, with escapes at
// every offset from a cut: a control byte, a bidi mark, an emoji
// modifier, a newline, a backslash the name holds, and runs of them.
var escaped = []string{
	`evil-\x1b[31mred-group-\u202e-rtl-long-name-for-wrapping-tests-0001`,
	`x\x1b\x1b\x1b\x1b\x1b\x1b\x1b\x1b-tail`,
	`\u202e\u202e\u202e\u202e\u202e\u202e-end`,
	`wave-👋\U0001f3fd-and-\n-line-\\-slash-\u200b-zero-width-tail`,
	`洗濯機\x07洗濯機\u202e洗濯機`,
}

// wholeEscapes reports the first piece of out (split at its ellipses)
// that starts or ends inside an escape of in, or "" when none does.
func wholeEscapes(in, out string) string {
	plain := ansi.Strip(out)
	pieces := strings.Split(strings.TrimRight(plain, " "), Ellipsis)
	at := 0 // where in in the next piece is looked for
	for k, p := range pieces {
		if p == "" {
			continue
		}
		i := strings.Index(in[at:], p)
		if k == len(pieces)-1 && k > 0 { // the tail: the name's end
			i = strings.LastIndex(in, p) - at
		}
		if i < 0 {
			return p + " (not in the name)"
		}
		from, to := at+i, at+i+len(p)
		for j := 0; j < len(in); {
			n := escapeLen(in[j:])
			if n == 0 {
				j++
				continue
			}
			if from > j && from < j+n || to > j && to < j+n {
				return p
			}
			j += n
		}
		at = to
	}
	return ""
}

// A cut falls before or after a whole escape, never inside one, in every
// cut helper and at every width (a user test, ut22b N9: `\u202…`,
// `\x1…`); Fit and FitMiddle stay exactly their width.
func TestCutsKeepEscapesWhole(t *testing.T) {
	cuts := []struct {
		name  string
		cut   func(s string, w int) []string
		exact bool
	}{
		{"Fit", func(s string, w int) []string { return []string{Fit(s, w)} }, true},
		{"FitMiddle", func(s string, w int) []string { return []string{FitMiddle(s, w)} }, true},
		{"Clip", func(s string, w int) []string { return []string{Clip(s, w)} }, false},
		{"Truncate", func(s string, w int) []string { return []string{Truncate(s, w, Ellipsis)} }, false},
		{"TruncateLeft", func(s string, w int) []string { return []string{Ellipsis + TruncateLeft(s, w, "")} }, false},
		{"Cut", func(s string, w int) []string { return []string{Ellipsis + Cut(s, w/2, w) + Ellipsis} }, false},
		{"Wrap", func(s string, w int) []string { return Wrap(s, w) }, false},
		{"styled", func(s string, w int) []string { return []string{FitMiddle("\x1b[1m"+s+"\x1b[m", w)} }, true},
	}
	for _, c := range cuts {
		t.Run(c.name, func(t *testing.T) {
			for _, s := range escaped {
				for w := 5; w <= ansi.StringWidth(s)+1; w++ {
					if c.name == "Wrap" && w < len(`\U0001f3fd`) { // a line narrower than an escape breaks it
						continue
					}
					for _, l := range c.cut(s, w) {
						if c.name == "Wrap" { // a line of a wrap is a piece of the name
							l = Ellipsis + l + Ellipsis
						}
						if bad := wholeEscapes(s, l); bad != "" {
							t.Fatalf("%s(%q, %d) = %q: %q is cut inside an escape", c.name, s, w, l, bad)
						}
						if c.exact && ansi.StringWidth(l) != w {
							t.Fatalf("%s(%q, %d) = %q is %d cells wide", c.name, s, w, l, ansi.StringWidth(l))
						}
					}
				}
			}
		})
	}
}
