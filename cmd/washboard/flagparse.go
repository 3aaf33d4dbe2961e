package main

import (
	"errors"
	"flag"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/washboard/washboard/model"
)

// helpRequested is --help or -h after a command: its usage goes to stdout
// and washboard exits 0, as `washboard --help` does.
type helpRequested struct{ usage string }

func (h helpRequested) Error() string { return "help requested" }

// parseFlags parses args with fs (named "washboard" or "washboard serve"),
// wording the flag package's errors for people: a flag is named as it is
// typed (--brokers, -X), a secret flag's value is never echoed, an unknown
// flag gets the closest known name, and --help gives the command's usage.
func parseFlags(fs *flag.FlagSet, args []string) error {
	err := fs.Parse(args)
	if err == nil {
		if fs.NArg() > 0 {
			if hint := subcommandFirst(fs, args); hint != "" {
				return usageError{errors.New(hint)}
			}
			return usageError{fmt.Errorf("unexpected argument %q%s (see %s --help)", fs.Arg(0), switchValueHint(fs, args), fs.Name())}
		}
		return nil
	}
	if errors.Is(err, flag.ErrHelp) {
		return helpRequested{commandUsage(fs.Name())}
	}
	return usageError{fmt.Errorf("%s (see %s --help)", flagErrorWords(fs, err.Error()), fs.Name())}
}

// isPlainBool reports whether f is an on/off switch (flag.Bool), not a
// switch with modes such as --read-only[=all|admin|off].
func isPlainBool(f *flag.Flag) bool {
	g, ok := f.Value.(flag.Getter)
	if !ok {
		return false
	}
	_, ok = g.Get().(bool)
	return ok
}

// switchValueHint says how to give a switch a value when the argument
// washboard did not expect follows a switch that would take it
// (`--read-only admin`): ", a switch takes its value after =: --read-only=admin".
func switchValueHint(fs *flag.FlagSet, args []string) string {
	at := len(args) - fs.NArg() - 1
	if at < 0 {
		return ""
	}
	name := strings.TrimLeft(args[at], "-")
	f := fs.Lookup(name)
	if f == nil || strings.Contains(name, "=") {
		return ""
	}
	bf, ok := f.Value.(interface{ IsBoolFlag() bool })
	if !ok || !bf.IsBoolFlag() || isPlainBool(f) {
		return ""
	}
	if c, ok := f.Value.(modeChecker); ok {
		if err := c.Check(fs.Arg(0)); err != nil { // not a mode either: say the modes at once (ut18b G15)
			return fmt.Sprintf(": a switch takes its value after =, as in %s=MODE; %v", dashed(name), err)
		}
	}
	return fmt.Sprintf(": a switch takes its value after =, as in %s=%s", dashed(name), fs.Arg(0))
}

// modeChecker is a switch with modes that can say whether a word is one
// of them without taking it.
type modeChecker interface {
	Check(v string) error
}

// The flag package's messages (Go 1.2x), each naming the flag "-name".
var (
	flagUnknown   = regexp.MustCompile(`^flag provided but not defined: -+(.*)$`)
	flagNoValue   = regexp.MustCompile(`^flag needs an argument: -+(.*)$`)
	flagBadValue  = regexp.MustCompile(`(?s)^invalid value ".*" for flag -+(\S+): (.*)$`)
	flagBadBool   = regexp.MustCompile(`(?s)^invalid boolean value ".*" for -+(\S+): (.*)$`)
	flagBadSyntax = regexp.MustCompile(`^bad flag syntax: (.*)$`)
)

// flagErrorWords rewrites one flag package message. Values are left out
// of every message: the flag's own error says what is wrong with it, and
// a value may be a secret.
func flagErrorWords(fs *flag.FlagSet, msg string) string {
	if m := flagUnknown.FindStringSubmatch(msg); m != nil {
		var names []string
		fs.VisitAll(func(f *flag.Flag) { names = append(names, f.Name) })
		out := "unknown flag " + dashed(m[1])
		if near := model.Closest(m[1], names); near != "" {
			out += ": did you mean " + dashed(near) + "?"
		} else if other := commandWithFlag(m[1], fs.Name()); other != "" {
			out = dashed(m[1]) + " is a flag of " + other + ", not of " + fs.Name()
		}
		return out
	}
	if m := flagNoValue.FindStringSubmatch(msg); m != nil {
		return dashed(m[1]) + " needs a value"
	}
	if m := flagBadValue.FindStringSubmatch(msg); m != nil {
		return dashed(m[1]) + ": " + valueReason(fs.Lookup(m[1]), m[2])
	}
	if m := flagBadBool.FindStringSubmatch(msg); m != nil {
		if f := fs.Lookup(m[1]); f != nil && !isPlainBool(f) {
			return dashed(m[1]) + ": " + m[2] // a switch with modes (--read-only=admin) says which
		}
		return dashed(m[1]) + " is a switch: give it alone, or as " + dashed(m[1]) + "=true or =false"
	}
	if m := flagBadSyntax.FindStringSubmatch(msg); m != nil {
		return "cannot read the flag " + m[1]
	}
	return msg
}

// valueReason words the flag package's parse errors without the value:
// what the flag wants instead.
func valueReason(f *flag.Flag, reason string) string {
	if reason != "parse error" && reason != "value out of range" {
		return reason // a flag's own check, already in words
	}
	want := "another value"
	if g, ok := f.Value.(flag.Getter); ok {
		switch g.Get().(type) {
		case time.Duration:
			want = "a duration like 30s or 5m"
		case int, int64, uint, uint64:
			want = "a whole number"
		case float64:
			want = "a number"
		}
	}
	if reason == "value out of range" {
		return "out of range: want " + want
	}
	return "want " + want
}

// dashed names a flag as people type it: -X, --brokers.
func dashed(name string) string {
	if len(name) == 1 {
		return "-" + name
	}
	return "--" + name
}

// commandUsage is the part of the usage text about one command.
func commandUsage(cmd string) string {
	section := usageSection
	switch cmd {
	case "washboard broker":
		return "Usage: washboard broker [flags]   run the embedded broker headless until Ctrl-C\n\n" + section("Broker flags:")
	case "washboard serve":
		return "Usage: washboard serve [flags]    serve the console over SSH to several viewers at once\n\n" +
			section("Serve flags (plus the console flags):") + "\n" + section("Console flags:") + "\n" +
			section("Connection flags (on top of the config; also for serve):")
	case "washboard clusters":
		return "Usage: washboard clusters [--config PATH]   list the clusters the config names (* = the default)\n\n" +
			"  --config PATH                     config file (default $XDG_CONFIG_HOME/washboard/config.toml)\n"
	case "washboard bench":
		return "Usage: washboard bench [flags]    measure the console against a live load\n\n" + section("Bench flags:")
	}
	return usage
}

// atLeastInt is a whole-number flag that refuses a value under least in
// words, rather than the flag being ignored or taken as "none" (a
// --max-sessions of -3 was ignored silently). A zero atLeastInt is what
// the flag package builds to tell a default apart: n may be nil.
type atLeastInt struct {
	n     *int
	least int
	want  string // what the flag takes, said when a value is refused
}

func (v atLeastInt) String() string {
	if v.n == nil {
		return "0"
	}
	return strconv.Itoa(*v.n)
}

// Set reads s; an error says what the flag wants, never the value.
func (v atLeastInt) Set(s string) error {
	n, err := strconv.Atoi(s)
	if err != nil || n < v.least {
		return errors.New("want " + v.want)
	}
	*v.n = n
	return nil
}

// Get is the number, for valueReason's flag.Getter.
func (v atLeastInt) Get() any { return *v.n }

// nonNegDuration is a duration flag that refuses a negative one in words
// (a --idle-timeout of -5m meant "never", silently).
type nonNegDuration struct {
	d    *time.Duration
	want string
}

func (v nonNegDuration) String() string {
	if v.d == nil {
		return "0s"
	}
	return v.d.String()
}

// Set reads s; an error says what the flag wants, never the value.
func (v nonNegDuration) Set(s string) error {
	d, err := time.ParseDuration(s)
	if err != nil || d < 0 {
		return errors.New("want " + v.want)
	}
	*v.d = d
	return nil
}

// Get is the duration, for valueReason's flag.Getter.
func (v nonNegDuration) Get() any { return *v.d }

// subcommands are washboard's commands, which come before any flag.
var subcommands = []string{"broker", "serve", "clusters", "bench", "help"}

// subcommandFirst says that a command named after the console's flags goes
// first (`washboard --config p.toml clusters`: ut19b J12 was told
// `unexpected argument "clusters"`), with the command line put in order
// when no value on it may be a secret; "" when the argument is not a
// command or the flags are a command's own.
func subcommandFirst(fs *flag.FlagSet, args []string) string {
	sub := fs.Arg(0)
	if fs.Name() != "washboard" || !slices.Contains(subcommands, sub) {
		return ""
	}
	flags := args[:len(args)-fs.NArg()]
	example := "washboard " + sub + " [flags]"
	switch {
	case sub == "help": // takes no flags
		example = "washboard help"
	case !slices.ContainsFunc(flags, mayBeSecret) && fs.NArg() == 1:
		example = strings.Join(append([]string{"washboard", sub}, flags...), " ")
	}
	return fmt.Sprintf("%q is a command: it goes before the flags, as in %s (see washboard --help)", sub, example)
}

// mayBeSecret reports whether a command-line word may carry a secret
// (a password flag, a -X client property), so it is not echoed.
func mayBeSecret(arg string) bool {
	a := strings.ToLower(arg)
	return strings.HasPrefix(a, "-x") || strings.Contains(a, "pass") || strings.Contains(a, "secret") || strings.Contains(a, "token") || strings.Contains(a, "sasl")
}

// usageSection is the part of the usage under title, up to a blank line.
func usageSection(title string) string {
	i := strings.Index(usage, "\n"+title+"\n")
	if i < 0 {
		return ""
	}
	s := usage[i+1:]
	if j := strings.Index(s, "\n\n"); j >= 0 {
		s = s[:j+1]
	}
	return s
}

// commandWithFlag is the other command whose usage lists --name
// (`--idle-timeout` on the console: "is a flag of washboard serve", ut21a
// X-9), or "" when none does. The usage text is the list of every
// command's flags, so it cannot drift from what the commands take.
func commandWithFlag(name, not string) string {
	for _, c := range []struct{ cmd, flags string }{
		{"washboard serve", usageSection("Serve flags (plus the console flags):")},
		{"washboard broker", commandUsage("washboard broker")},
		{"washboard bench", commandUsage("washboard bench")},
		{"washboard clusters", commandUsage("washboard clusters")},
		{"washboard", usageSection("Console flags:") + usageSection("Connection flags (on top of the config; also for serve):")},
	} {
		if c.cmd == not {
			continue
		}
		for _, line := range strings.Split(c.flags, "\n") {
			if f := strings.Fields(line); len(f) > 0 && strings.TrimRight(strings.SplitN(f[0], "[", 2)[0], ",") == "--"+name {
				return c.cmd
			}
		}
	}
	return ""
}
