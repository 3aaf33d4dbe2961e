package ui

import (
	"encoding/json"
	"errors"
	"strconv"
	"strings"
	"unicode/utf8"
)

// jsonSyntaxWords says why a value is not JSON in a person's words and
// where, line and column (columns count characters, from 1), rather than
// encoding/json's (ut34a-27: `invalid character 'x' after top-level
// value`, no position). err is json.Unmarshal's; value what it read.
// Errors that are not a json.SyntaxError keep their own text.
func jsonSyntaxWords(value string, err error) string {
	var se *json.SyntaxError
	if !errors.As(err, &se) {
		return strings.TrimPrefix(err.Error(), "json: ")
	}
	msg := se.Error()
	if msg == "unexpected end of JSON input" {
		return "it ends before the JSON is complete (a closing } ] or \" missing?)"
	}
	at := int(se.Offset) - 1 // the offending character's byte index
	if at < 0 || at >= len(value) {
		return msg
	}
	r, _ := utf8.DecodeRuneInString(value[at:])
	where := " (" + jsonPosition(value, at) + ")"
	shown := "`" + string(r) + "`"
	for _, w := range []struct{ suffix, words string }{
		{"after top-level value", "text after the JSON value ends: " + shown},
		{"looking for beginning of value", shown + " where a value should start"},
		{"looking for beginning of object key string", shown + " where a key in double quotes should start (a comma too many?)"},
		{"after object key", shown + " where a : should follow the key"},
		{"after object key:value pair", shown + " where a , or } should follow"},
		{"after array element", shown + " where a , or ] should follow"},
		{"in string escape code", "\\" + string(r) + " is not an escape JSON has"},
		{"in string literal", "a control character inside a string (write it escaped, as \\n or \\t)"},
	} {
		if strings.HasSuffix(msg, w.suffix) {
			return w.words + where
		}
	}
	return "unexpected " + shown + where
}

// jsonPosition is byte index at of value as `line L, column C`.
func jsonPosition(value string, at int) string {
	before := value[:at]
	line := strings.Count(before, "\n") + 1
	col := utf8.RuneCountInString(before[strings.LastIndexByte(before, '\n')+1:]) + 1
	return "line " + strconv.Itoa(line) + ", column " + strconv.Itoa(col)
}
