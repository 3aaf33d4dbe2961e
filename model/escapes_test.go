package model

import (
	"reflect"
	"testing"
)

// TestEscaped: a literal backslash is doubled, so the text a producer
// wrote as \x1b reads differently from a real escape byte, and every
// escape washboard wrote is a span (ut19b G3).
func TestEscaped(t *testing.T) {
	tests := []struct {
		name, in, want string
		spans          []Span
	}{
		{"plain", "washer-03", "washer-03", nil},
		{"literal text", `plain text \x1b[2J not an escape`, `plain text \\x1b[2J not an escape`, nil},
		{"real escape", "plain text \x1b[2J not an escape", `plain text \x1b[2J not an escape`, []Span{{11, 15}}},
		{"literal beside real", "\\\x1b", `\\\x1b`, []Span{{2, 6}}},
		{"newline and tab", "a\nb\t", `a\nb\t`, []Span{{1, 3}, {4, 6}}},
		{"invalid utf8", "ok\xff", `ok\xff`, []Span{{2, 6}}},
		{"bidi override", "\u202egnp", `\u202egnp`, []Span{{0, 6}}},
		{"zero width space", "a\u200bb", `a\u200bb`, []Span{{1, 7}}},
		{"lone combining mark", "\u0301x", `\u0301x`, []Span{{0, 6}}},
		{"above U+FFFF, hex after", "\U0001f3fda", `\U0001f3fda`, []Span{{0, 10}}},
		{"wide runes kept", "洗濯機\\", `洗濯機\\`, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, spans := Escaped([]byte(tt.in))
			if got != tt.want || !reflect.DeepEqual(spans, tt.spans) {
				t.Fatalf("Escaped(%q) = %q %v, want %q %v", tt.in, got, spans, tt.want, tt.spans)
			}
			assertSafe(t, got)
			// The spans can be found again from the text alone, as the
			// ui does once a cell is cut.
			if found := EscapeSpans(got, false); !reflect.DeepEqual(found, tt.spans) {
				t.Fatalf("EscapeSpans(%q) = %v, want %v", got, found, tt.spans)
			}
		})
	}
}

// TestEscapeSpans: escapes found in text cut, styled or JSON.
func TestEscapeSpans(t *testing.T) {
	tests := []struct {
		name, in string
		json     bool
		want     []Span
	}{
		{"cut escape at the end", `ab\x1`, false, []Span{{2, 5}}},
		{"cut to the backslash", `ab\…`, false, []Span{{2, 3}}},
		{"styled around", "\x1b[1mab\x1b[m" + `\x1b`, false, []Span{{9, 13}}},
		{"doubled backslash is text", `\\x1b`, false, nil},
		{"json's own escapes are not washboard's", `{"a":"\u001b\n\\x1b\""}`, true, nil},
		{"a byte not UTF-8 in JSON", `{"a":"\xff"}`, true, []Span{{6, 10}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := EscapeSpans(tt.in, tt.json); !reflect.DeepEqual(got, tt.want) {
				t.Fatalf("EscapeSpans(%q, %v) = %v, want %v", tt.in, tt.json, got, tt.want)
			}
		})
	}
}

// TestOneLineBackslashes: in a log line, text escapes its backslashes
// and JSON keeps its own escaping (the two records of G3 differ both ways).
func TestOneLineBackslashes(t *testing.T) {
	tests := []struct {
		name, in, want string
		json           bool
	}{
		{"literal text", `plain \x1b[2J`, `plain \\x1b[2J`, false},
		{"real escape", "plain \x1b[2J", `plain \x1b[2J`, false},
		{"json literal", `{"v":"\\x1b[2J"}`, `{"v":"\\x1b[2J"}`, true},
		{"json escaped control", `{"v":"\u001b[2J"}`, `{"v":"\u001b[2J"}`, true},
		{"json-looking with a real escape", "{\"v\":\"\x1b[2J\"}", `{"v":"\x1b[2J"}`, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, json := BytesOneLineJSON([]byte(tt.in), nil, FormatAuto, 256)
			if got != tt.want || json != tt.json {
				t.Fatalf("BytesOneLineJSON(%q) = %q %v, want %q %v", tt.in, got, json, tt.want, tt.json)
			}
		})
	}
}
