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

// placeSyntax moves a syntax error to the line that opened what was left
// unclosed: go-toml reports an array or a multi-line string without its
// end where it gave up (the next table's header, the file's end), a line
// or more late (ut43a-25). The key or table that opened it is named. e is
// returned as it was where nothing before its line is left open.
func placeSyntax(e *ConfigError, data []byte) *ConfigError {
	if e.Line < 1 || e.Key != "" {
		return e
	}
	lines := strings.Split(string(data), "\n")
	n, name, table := openedBefore(lines[:min(e.Line, len(lines))])
	switch {
	case n > 0 && table:
		e.Line, e.Table = n, name
	case n > 0:
		e.Line, e.Key = n, name
	}
	return e
}

// openedBefore is the line (from 1) and key of an array or multi-line
// string still open after the last of lines, or of a table header without
// its `]` (table: the name is a table's), or else of the last line where
// it says a key (the parser's line is right: its key is named); 0 where
// none is.
func openedBefore(lines []string) (n int, name string, table bool) {
	var s tomlScan
	at, name := 0, ""
	for i, line := range lines {
		if !s.open() {
			at, name = 0, ""
			t := strings.TrimSpace(line)
			if strings.HasPrefix(t, "[") {
				header, _, _ := strings.Cut(t, "#")
				header = strings.TrimSpace(header)
				if closing := strings.Repeat("]", len(header)-len(strings.TrimLeft(header, "["))); !strings.HasSuffix(header, closing) {
					return i + 1, strings.Trim(header, "[] "), true
				}
				continue
			}
			key, value, ok := strings.Cut(line, "=")
			if !ok {
				continue
			}
			at, name, line = i+1, strings.TrimSpace(key), value
		}
		s.scan(line)
	}
	if s.open() || at == len(lines) {
		return at, name, false
	}
	return 0, "", false
}

// tomlScan follows a value's brackets and strings over its lines.
type tomlScan struct {
	depth int    // arrays and inline tables open
	multi string // the quotes of a multi-line string open, or ""
}

func (s *tomlScan) open() bool { return s.depth > 0 || s.multi != "" }

// scan reads one line of a value.
func (s *tomlScan) scan(line string) {
	for i := 0; i < len(line); i++ {
		if s.multi != "" {
			if strings.HasPrefix(line[i:], s.multi) {
				i += len(s.multi) - 1
				s.multi = ""
			}
			continue
		}
		switch c := line[i]; {
		case strings.HasPrefix(line[i:], `"""`) || strings.HasPrefix(line[i:], "'''"):
			s.multi = line[i : i+3]
			i += 2
		case c == '"' || c == '\'':
			end := strings.IndexByte(line[i+1:], c) // a string on one line (escapes aside: a syntax error finds those)
			if end < 0 {
				return
			}
			i += end + 1
		case c == '[' || c == '{':
			s.depth++
		case c == ']' || c == '}':
			s.depth = max(s.depth-1, 0)
		case c == '#':
			return
		}
	}
}
