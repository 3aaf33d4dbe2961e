package draw

import (
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// WrapValue breaks a record's value (JSON, mostly, without spaces) into
// lines of at most width cells after its commas and spaces, where a
// field ends (after a colon, between a field's name and its value, where
// a field is longer than a line), so a number or a string is not split (ut25a Q11:
// `"score":0.` / `2,"verdict"` in a box with room to break after the
// `,`). A piece longer than a line is broken as Wrap breaks it. Text
// with escapes is left to Wrap.
func WrapValue(s string, width int) []string {
	if width <= 0 {
		return nil
	}
	if Width(s) <= width || strings.Contains(s, "\x1b") {
		return Wrap(s, width)
	}
	var out []string
	line := ""
	for _, piece := range valuePieces(s) {
		if ansi.StringWidth(line+strings.TrimRight(piece, " ")) <= width {
			line += piece
			continue
		}
		if strings.TrimSpace(line) != "" {
			out = append(out, strings.TrimRight(line, " "))
		}
		line = strings.TrimLeft(piece, " ")
		if ansi.StringWidth(strings.TrimRight(line, " ")) > width {
			lines := Wrap(line, width)
			out = append(out, lines[:len(lines)-1]...)
			line = lines[len(lines)-1]
		}
	}
	if strings.TrimSpace(line) != "" {
		out = append(out, strings.TrimRight(line, " "))
	}
	return out
}

// valuePieces cuts s after each comma, colon and space: the places a
// value's line may end.
func valuePieces(s string) []string {
	var out []string
	start := 0
	for i, r := range s {
		if r == ',' || r == ':' || r == ' ' {
			out = append(out, s[start:i+1])
			start = i + 1
		}
	}
	if start < len(s) {
		out = append(out, s[start:])
	}
	return out
}
