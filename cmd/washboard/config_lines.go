package main

import (
	"regexp"
	"strings"
)

// tomlLine is one "name = value" line of a config file, with its table;
// a table's header line has no key.
type tomlLine struct {
	n          int    // line number, from 1
	key, value string // "poll.interval", the value as written
	table      string // the first part of the table's name ("view" in [[view.field]]), "" at the top
	item       int    // which item of the array table named table ([[view]]), -1 outside one
}

// tomlLines lists a config file's key lines, so an error found after
// decoding (a value washboard's own checks refused, a text value the
// decoder handed to a parser without its position) can name its line.
func tomlLines(data []byte) []tomlLine {
	var out []tomlLine
	table, first, item := "", "", -1
	items := map[string]int{} // items seen per array table
	for i, l := range strings.Split(string(data), "\n") {
		l = strings.TrimSpace(l)
		switch {
		case l == "" || strings.HasPrefix(l, "#"):
		case strings.HasPrefix(l, "["):
			array := strings.HasPrefix(l, "[[")
			table = strings.TrimSpace(strings.Trim(strings.SplitN(l, "#", 2)[0], "[] "))
			first, _, _ = strings.Cut(table, ".")
			if array && first == table {
				items[first]++
			}
			item = items[first] - 1
			out = append(out, tomlLine{n: i + 1, table: first, item: item})
		default:
			name, value, ok := strings.Cut(l, "=")
			if !ok {
				continue
			}
			key := strings.TrimSpace(name)
			if table != "" {
				key = table + "." + key
			}
			out = append(out, tomlLine{n: i + 1, key: key, value: strings.TrimSpace(value), table: first, item: item})
		}
	}
	return out
}

// lineOfKey is the line of key's first occurrence, 0 when absent.
func lineOfKey(lines []tomlLine, key string) int {
	for _, l := range lines {
		if l.key == key {
			return l.n
		}
	}
	return 0
}

// lineOfValue finds the first key under prefix whose value is raw, quoted
// (basic or literal, as views.toml is written) or not: the key and line an
// error about that value belongs to.
func lineOfValue(lines []tomlLine, prefix, raw string) (int, string) {
	for _, l := range lines {
		v := strings.TrimSpace(strings.SplitN(l.value, "#", 2)[0])
		if l.key != "" && strings.HasPrefix(l.key, prefix) && (v == raw || v == `"`+raw+`"` || v == "'"+raw+"'") {
			return l.n, l.key
		}
	}
	return 0, ""
}

var (
	quotedValue = regexp.MustCompile(`"([^"]*)"`)
	lagKey      = regexp.MustCompile(`^(lag\.\w+) `)
)

// placeConfigError fills in the line and key of a ConfigError found after decoding:
// from the key it already names, the key its message starts with, or the
// first quoted value in its message.
func placeConfigError(e *ConfigError, data []byte) *ConfigError {
	if e.Line > 0 {
		return e
	}
	lines := tomlLines(data)
	if m := lagKey.FindStringSubmatch(e.Msg); m != nil {
		e.Key = m[1]
	}
	if n := lineOfKey(lines, e.Key); n > 0 && strings.Contains(e.Key, ".") {
		e.Line = n
		return e
	}
	if m := quotedValue.FindStringSubmatch(e.Msg); m != nil {
		prefix := ""
		if e.Key != "" {
			prefix = e.Key + "."
		}
		if n, key := lineOfValue(lines, prefix, m[1]); n > 0 {
			e.Line, e.Key = n, key
		}
	}
	return e
}
