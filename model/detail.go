package model

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
)

// Caps of the detail view: a megabyte value is shown up to DetailCap
// bytes, and pretty-printing stops at DetailMaxLines lines, so opening any
// record costs bounded work.
const (
	DetailCap      = 256 << 10
	DetailMaxLines = 5000
	// maxIndentDepth: deeper JSON is shown compact, since indenting ten
	// thousand levels would print ten thousand ever longer lines.
	maxIndentDepth = 32
	// oneLineCompact: larger values are not compacted for a log line.
	oneLineCompact = 8 << 10
)

// ValueKind says how a value was shown.
type ValueKind string

const (
	KindJSON   ValueKind = "JSON"
	KindText   ValueKind = "text"
	KindBinary ValueKind = "binary (not UTF-8)"
	KindEmpty  ValueKind = "empty (zero bytes, not null)"
	KindNull   ValueKind = "null (a tombstone)"
	// KindDecoded is a schema encoded value shown as its JSON.
	KindDecoded ValueKind = "decoded with its schema"
)

// PrettyValue renders a value for the detail view, every line safe for a
// terminal and at most width cells: JSON indented, text wrapped, anything
// that is not UTF-8 as a hex dump. Values beyond DetailCap bytes are cut
// and the last line says how much was left out.
func PrettyValue(v []byte, width int) ([]string, ValueKind) {
	width = max(width, 8)
	if len(v) == 0 {
		return nil, KindEmpty
	}
	full := v
	cut := len(v) - DetailCap
	if cut > 0 {
		v = v[:DetailCap]
	}
	var lines []string
	kind := KindText
	switch {
	case !utf8.Valid(v) && (cut <= 0 || !utf8.Valid(trimPartialRune(v))):
		kind = KindBinary
		lines = HexDumpWidth(v, DetailCap, width)
	case cut <= 0 && looksJSON(v) && json.Valid(v):
		kind = KindJSON
		lines = wrapLines(indentJSON(v), width, true)
	case cut > 0 && looksJSON(full) && json.Valid(full):
		// Valid JSON past the cap: said so, its start shown as sent
		// (indenting needs the whole document), never called text.
		kind = ValueKind("JSON (" + Thousands(len(full)) + " bytes: shown as sent, not indented)")
		lines = wrapLines(v, width, true)
	default:
		lines = wrapLines(v, width, false)
	}
	if len(lines) > DetailMaxLines {
		lines = append(lines[:DetailMaxLines], Ellipsis+" "+Thousands(len(lines)-DetailMaxLines)+" more lines not shown")
	}
	if cut > 0 {
		lines = append(lines, cutLine(cut))
	}
	return lines, kind
}

// thousands prints a non-negative count as the size line does: 777,866.

// trimPartialRune drops a rune cut in half by the cap.
func trimPartialRune(v []byte) []byte {
	for i := 0; i < utf8.UTFMax && len(v) > 0; i++ {
		if utf8.Valid(v) {
			return v
		}
		v = v[:len(v)-1]
	}
	return v
}

func looksJSON(v []byte) bool {
	v = bytes.TrimLeft(v, " \t\r\n")
	return len(v) > 0 && (v[0] == '{' || v[0] == '[')
}

// indentJSON indents v, or compacts it when nesting is too deep to indent.
func indentJSON(v []byte) []byte {
	var buf bytes.Buffer
	if jsonDepth(v) > maxIndentDepth {
		if json.Compact(&buf, v) == nil {
			return buf.Bytes()
		}
		return v
	}
	if json.Indent(&buf, v, "", "  ") != nil {
		return v
	}
	return buf.Bytes()
}

// jsonDepth is the deepest nesting of objects and arrays in valid JSON.
func jsonDepth(v []byte) int {
	depth, deepest := 0, 0
	var sc jsonScan
	for _, c := range v {
		if !sc.outside(c) {
			continue
		}
		switch c {
		case '{', '[':
			depth++
			deepest = max(deepest, depth)
		case '}', ']':
			depth--
		}
	}
	return deepest
}

// jsonScan follows JSON text byte by byte to tell string contents from
// structure.
type jsonScan struct{ inStr, esc bool }

// outside reports whether c, the next byte, is structure or whitespace
// between tokens rather than part of a string (its quotes included).
func (s *jsonScan) outside(c byte) bool {
	switch {
	case s.esc:
		s.esc = false
	case s.inStr && c == '\\':
		s.esc = true
	case c == '"':
		s.inStr = !s.inStr
	case !s.inStr:
		return true
	}
	return false
}

// wrapLines splits text into lines, escapes each and wraps it to width:
// JSON text keeps its own escaping (Printable), other text is Escaped.
func wrapLines(v []byte, width int, json bool) []string {
	var out []string
	for line := range bytes.SplitSeq(v, []byte("\n")) {
		s := Printable(line)
		if !json {
			s, _ = Escaped(line)
		}
		if ansi.StringWidth(s) <= width {
			out = append(out, s)
		} else {
			out = append(out, strings.Split(ansi.Hardwrap(s, width, true), "\n")...)
		}
		if len(out) > DetailMaxLines {
			break
		}
	}
	return out
}

// OneLine renders a value for a single log line: small JSON compacted (no
// newlines or indentation from the producer), anything else escaped, and
// at most limit bytes of it either way.
func OneLine(v []byte, limit int) string {
	s, _ := oneLine(v, limit)
	return s
}

// oneLine is OneLine and whether the text is JSON (its own escaping
// kept) rather than Escaped text.
func oneLine(v []byte, limit int) (string, bool) {
	if looksJSON(v) {
		if len(v) <= oneLineCompact {
			var buf bytes.Buffer
			if json.Compact(&buf, v) == nil {
				return PrintablePrefix(buf.Bytes(), limit), true
			}
		} else if c, ok := compactPrefix(v, limit); ok { // a large value: its start, compacted
			return PrintablePrefix(c, limit), true
		}
	}
	return EscapedPrefix(v, limit), false
}

// compactPrefix is the start of a large JSON-looking value with the
// whitespace between tokens dropped, a little over limit bytes of it, and
// whether the bytes read for it are a valid start of a JSON document. It
// reads about as much of v as it returns, so a log line of a megabyte
// value costs what a short one does.
func compactPrefix(v []byte, limit int) ([]byte, bool) {
	out := make([]byte, 0, limit+1)
	var sc jsonScan
	i := 0
	for ; i < len(v) && len(out) <= limit; i++ {
		if c := v[i]; !sc.outside(c) || (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
			out = append(out, c)
		}
	}
	dec := json.NewDecoder(bytes.NewReader(v[:i]))
	for {
		_, err := dec.Token()
		switch {
		case err == nil:
			continue
		case errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF):
			return out, true // the read part ends mid-document, as it must
		}
		return nil, false
	}
}
