package model

import (
	"encoding/base64"
	"encoding/hex"
)

// ValueFormat is how a pane shows values: Auto picks (decoded schema JSON,
// JSON, text, or hex for bytes that are not UTF-8); the others force one.
type ValueFormat int

// Value formats, in the order the toggle cycles through them.
const (
	FormatAuto ValueFormat = iota
	FormatText
	FormatJSON
	FormatHex
	FormatBase64
	formatCount
)

// String names the format ("auto", "hex").
func (f ValueFormat) String() string {
	return [...]string{"auto", "text", "JSON", "hex", "base64"}[f]
}

// Next is the format after f, wrapping around.
func (f ValueFormat) Next() ValueFormat { return (f + 1) % formatCount }

// Labels for what is not a value at all, shown wherever values are.
const (
	NullLabel  = "null"
	EmptyLabel = `"" (empty)`
)

// BytesOneLine renders a key, value or header value for one line in
// format f, telling null from empty: nil is "null", empty is `""
// (empty)`; bytes that are not UTF-8 are \xff escapes in Auto. decoded is the
// schema decoded JSON (nil when there is none) that Auto and JSON prefer.
// Text shown as text is Escaped (a backslash reads \\); JSON keeps its own
// escaping.
func BytesOneLine(raw, decoded []byte, f ValueFormat, limit int) string {
	s, _ := BytesOneLineJSON(raw, decoded, f, limit)
	return s
}

// BytesOneLineJSON is BytesOneLine and whether the text is JSON, whose
// backslashes are JSON's own (EscapeSpans with json set finds washboard's
// escapes in it); otherwise every escape in it is washboard's.
func BytesOneLineJSON(raw, decoded []byte, f ValueFormat, limit int) (string, bool) {
	switch {
	case raw == nil:
		return NullLabel, false
	case len(raw) == 0:
		return EmptyLabel, false
	}
	switch f {
	case FormatText:
		return EscapedPrefix(raw, limit), false
	case FormatHex:
		return hexPrefix(raw, limit), false
	case FormatBase64:
		n := min(len(raw), limit*3/4+3)
		s := base64.StdEncoding.EncodeToString(raw[:n])
		if n < len(raw) {
			s += Ellipsis
		}
		return s, false
	}
	if decoded != nil {
		return oneLine(decoded, limit)
	}
	return oneLine(raw, limit) // bytes that are not UTF-8 as \xff escapes
}

// hexPrefix prints bytes as spaced hex pairs, about limit characters.
func hexPrefix(b []byte, limit int) string {
	n := min(len(b), max(limit/3, 1))
	out := make([]byte, 0, 3*n+4)
	for i, c := range b[:n] {
		if i > 0 {
			out = append(out, ' ')
		}
		out = hex.AppendEncode(out, []byte{c})
	}
	if n < len(b) {
		out = append(out, Ellipsis...)
	}
	return string(out)
}

// PrettyAs renders a value for the detail view in format f (Auto:
// PrettyValue). decoded, when set, is the schema decoded JSON.
func PrettyAs(raw, decoded []byte, f ValueFormat, width int) ([]string, ValueKind) {
	switch {
	case raw == nil:
		return nil, KindNull
	case len(raw) == 0:
		return nil, KindEmpty
	}
	// Each format says where DetailCap cut the value, as auto does
	// (ut18b G19: a base64 ending in == read as a complete encoding).
	switch f {
	case FormatText:
		return cutSaid(wrapLines(raw[:min(len(raw), DetailCap)], max(width, 8), false), raw, ""), KindText
	case FormatHex:
		return cutSaid(HexDumpWidth(raw, DetailCap, width), raw, ""), ValueKind("hex, " + Thousands(len(raw)) + " bytes") // grouped, as every byte count (ut16b E9)
	case FormatBase64:
		return cutSaid(wrapLines([]byte(base64.StdEncoding.EncodeToString(raw[:min(len(raw), DetailCap)])), max(width, 8), false), raw,
			"the base64 above encodes the first "+Thousands(DetailCap)+" bytes only"), ValueKind("base64")
	}
	if decoded != nil {
		lines, _ := PrettyValue(decoded, width)
		return lines, KindDecoded
	}
	return PrettyValue(raw, width)
}

// cutSaid ends lines, a value raw shown up to DetailCap bytes, with the
// line that says how many bytes are not shown (then what, when not
// empty, on a line of its own), when raw is longer; else it is lines.
func cutSaid(lines []string, raw []byte, what string) []string {
	cut := len(raw) - DetailCap
	switch {
	case cut <= 0:
		return lines
	case what != "":
		return append(lines, cutLine(cut), what)
	}
	return append(lines, cutLine(cut))
}

// cutLine says that cut bytes of a value are not shown.
func cutLine(cut int) string {
	return Ellipsis + " " + Thousands(cut) + " more bytes not shown (export the log for the full value)"
}
