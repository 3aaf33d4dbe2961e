package main

import (
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
	return "unknown key"
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
