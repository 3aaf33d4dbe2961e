package draw

import (
	"strings"
)

// WrapValue breaks a record's value (JSON, mostly, without spaces) into
// lines of at most width cells where a field ends: after a comma or a
// space outside a string, so a number, a string (a timestamp's `23:49:`)
// and a field's `"name":` and its value stay on one line (ut25a Q11:
// `"score":0.` / `2,"verdict"`; ut40a-11, ut40a-14: `"ts":"…23:49:` /
// `42.981Z"`, `"heat_c":` / `65` in a box with room to break after the
// `,`). Only a field longer than a line is broken inside: after its
// name's `:`, then at its spaces, then as Wrap breaks it. Text with
// escapes is left to Wrap.
func WrapValue(s string, width int) []string {
	if width <= 0 {
		return nil
	}
	if Width(s) <= width || strings.Contains(s, "\x1b") {
		return Wrap(s, width)
	}
	w := valueWrapper{width: width}
	for _, field := range valuePieces(s, fieldEnd) {
		if fitsLine(field, width) {
			w.add(field)
			continue
		}
		for _, part := range valuePieces(field, partEnd) {
			w.add(part)
		}
	}
	return w.done()
}

// valueWrapper packs pieces into lines of width cells, greedily; a line
// drops the spaces it starts or ends with.
type valueWrapper struct {
	width int
	out   []string
	line  string
}

// add puts piece on the line, or starts the next line with it; a piece
// longer than a line is broken as Wrap breaks it.
func (w *valueWrapper) add(piece string) {
	if Width(w.line+strings.TrimRight(piece, " ")) <= w.width {
		w.line += piece
		return
	}
	w.flush()
	w.line = strings.TrimLeft(piece, " ")
	if !fitsLine(w.line, w.width) {
		lines := Wrap(w.line, w.width)
		w.out = append(w.out, lines[:len(lines)-1]...)
		w.line = lines[len(lines)-1]
	}
}

// flush ends the line being packed, if it holds more than spaces.
func (w *valueWrapper) flush() {
	if strings.TrimSpace(w.line) != "" {
		w.out = append(w.out, strings.TrimRight(w.line, " "))
	}
	w.line = ""
}

// done is the lines packed, the last one ended.
func (w *valueWrapper) done() []string {
	w.flush()
	return w.out
}

// fitsLine reports whether piece, its spaces aside, fits width cells.
func fitsLine(piece string, width int) bool {
	return Width(strings.TrimSpace(piece)) <= width
}

// fieldEnd reports whether a line may end after r: a comma or a space
// outside a string ends a field.
func fieldEnd(r rune, inString bool) bool {
	return !inString && (r == ',' || r == ' ')
}

// partEnd reports whether a field longer than a line may be broken after
// r: after its name's `:` (outside a string), or at a space.
func partEnd(r rune, inString bool) bool {
	return r == ' ' || !inString && (r == ':' || r == ',')
}

// valuePieces cuts s after each rune where end says a line may end,
// following JSON's strings (a `"` not escaped by a `\` opens or closes
// one) so a break inside a string is told from one between fields.
func valuePieces(s string, end func(r rune, inString bool) bool) []string {
	var out []string
	start, inString, escaped := 0, false, false
	for i, r := range s {
		switch {
		case escaped:
			escaped = false
		case inString && r == '\\':
			escaped = true
		case r == '"':
			inString = !inString
		}
		if end(r, inString) {
			out = append(out, s[start:i+len(string(r))])
			start = i + len(string(r))
		}
	}
	if start < len(s) {
		out = append(out, s[start:])
	}
	return out
}
