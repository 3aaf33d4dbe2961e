package main

import (
	"bytes"
	"fmt"
	"reflect"
	"slices"
	"strings"

	"github.com/washboard/washboard/model"
)

// unknownKey words a key the config's tables do not have, with the known
// key beside it that is closest when one is near ("poll.intervall":
// did you mean poll.interval?), as flags and -X properties do.
func unknownKey(key string) string {
	parent, name := "", key
	if i := strings.LastIndexByte(key, '.'); i >= 0 {
		parent, name = key[:i], key[i+1:]
	}
	keys := keysUnder(reflect.TypeFor[Config](), parent)
	near := model.Closest(name, keys)
	if alias := keyAlias(name); alias != "" && slices.Contains(keys, alias) {
		near = alias // a word for the key that is not near it in letters
	}
	if near != "" {
		if parent != "" {
			near = parent + "." + near
		}
		return "unknown key: did you mean " + near + "?"
	}
	if sub, k := flatKey(parent, name, keys); sub != "" { // sasl_mechanism: the sub-table's key written flat
		full := sub + "." + k
		if parent != "" {
			full, sub = parent+"."+full, parent+"."+sub
		}
		return "unknown key: did you mean " + full + " (" + k + " under [" + sub + "])?"
	}
	if parent == "cluster" && name == "default" { // ut22b N9: where the default profile is said
		return "unknown key: the default profile is named at the top level, default_cluster = \"NAME\""
	}
	return "unknown key"
}

// flatKey finds, for a key name written flat ("sasl_mechanism", as the
// flag --sasl-mechanism reads), the sub-table of parent and its key it
// is near: ("sasl", "mechanism"); "" when none is (ut24a: `[[cluster]]
// sasl_mechanism` was an unknown key with no hint).
func flatKey(parent, name string, keys []string) (sub, key string) {
	var flat []string
	where := map[string][2]string{}
	for _, t := range keys {
		path := t
		if parent != "" {
			path = parent + "." + t
		}
		for _, k := range keysUnder(reflect.TypeFor[Config](), path) {
			f := t + "_" + k
			flat = append(flat, f)
			where[f] = [2]string{t, k}
		}
	}
	if near := model.Closest(strings.ReplaceAll(name, "-", "_"), flat); near != "" {
		return where[near][0], where[near][1]
	}
	return "", ""
}

// keyAlias is the key a word users write for it means, "" for none (the
// README calls views "series views" and "status views" by their kind:
// ut16b E13 wrote type).
func keyAlias(name string) string {
	if name == "type" {
		return "kind"
	}
	return ""
}

// keysUnder lists the TOML keys of the table at path ("poll", "cluster.tls",
// "" for the top) in t, a config struct; none when path is not a table.
// Array tables ([[view]]) are walked through to their element.
func keysUnder(t reflect.Type, path string) []string {
	for t.Kind() == reflect.Slice || t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if t.Kind() != reflect.Struct {
		return nil
	}
	first, rest, deeper := strings.Cut(path, ".")
	var out []string
	for i := range t.NumField() {
		name, _, _ := strings.Cut(t.Field(i).Tag.Get("toml"), ",")
		if name == "" || name == "-" {
			continue
		}
		switch {
		case path == "":
			out = append(out, name)
		case name == first && deeper:
			return keysUnder(t.Field(i).Type, rest)
		case name == first:
			return keysUnder(t.Field(i).Type, "")
		}
	}
	return out
}

// tableLines is the lines of the table whose header e refused as unknown
// ([kafka], [[viewz]]): its header to its last key line, before the next
// header. Those lines are left out together, so its keys are neither read
// under the table above it nor named as that table's (ut19b J5: under an
// unknown [kafka], brokers was read as the top level's and pol_interval
// named bare; under an unknown [ui], thme was called view.thme). e is
// then worded as the unknown table, with its keys. last is 0 when e's
// line is not a table header.
func tableLines(data []byte, e *ConfigError) (first, last int) {
	lines := tomlLines(data)
	at := slices.IndexFunc(lines, func(l tomlLine) bool { return l.n == e.Line && l.key == "" })
	if at < 0 || e.Key == "" {
		return 0, 0
	}
	first, last = e.Line, e.Line
	var keys []string
	for _, l := range lines[at+1:] {
		if l.key == "" { // the next table
			break
		}
		keys = append(keys, strings.TrimPrefix(l.key, e.Key+".")+" (line "+fmt.Sprint(l.n)+")")
		last = l.n
	}
	e.Table, e.Msg = "["+e.Key+"]", "unknown table"
	if bytes.HasPrefix(bytes.TrimSpace(bytes.Split(data, []byte("\n"))[e.Line-1]), []byte("[[")) {
		e.Table = "[[" + e.Key + "]]"
	}
	switch len(keys) {
	case 0:
	case 1:
		e.Msg += ", so its key " + keys[0] + " is not read"
	default:
		e.Msg += ", so its keys " + strings.Join(keys, ", ") + " are not read"
	}
	if near := nearTable(e.Key); near != "" {
		e.Msg += ": did you mean " + near + "?"
	}
	return first, last
}

// nearTable is the known table closest to table, as it is written
// ("[poll]", "[[view]]"), "" when none is near.
func nearTable(table string) string {
	parent, name := "", table
	if i := strings.LastIndexByte(table, '.'); i >= 0 {
		parent, name = table[:i], table[i+1:]
	}
	cfg := reflect.TypeFor[Config]()
	array := map[string]bool{}
	var tables []string
	for _, k := range keysUnder(cfg, parent) {
		path := strings.TrimPrefix(parent+"."+k, ".")
		if t, ok := fieldType(cfg, path); ok && len(keysUnder(t, "")) > 0 {
			tables = append(tables, k)
			array[k] = t.Kind() == reflect.Slice
		}
	}
	near := model.Closest(name, tables)
	if near == "" {
		return ""
	}
	path := strings.TrimPrefix(parent+"."+near, ".")
	if array[near] {
		return "[[" + path + "]]"
	}
	return "[" + path + "]"
}

// fieldType is the type of the config field at path ("tail.fetch"), ok
// false when there is none.
func fieldType(t reflect.Type, path string) (reflect.Type, bool) {
	for t.Kind() == reflect.Slice || t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if t.Kind() != reflect.Struct {
		return nil, false
	}
	first, rest, deeper := strings.Cut(path, ".")
	for i := range t.NumField() {
		if name, _, _ := strings.Cut(t.Field(i).Tag.Get("toml"), ","); name == first {
			if deeper {
				return fieldType(t.Field(i).Type, rest)
			}
			return t.Field(i).Type, true
		}
	}
	return nil, false
}
