package model

// Span is where an escape washboard wrote sits in a text: the bytes
// From up to (not including) To.
type Span struct{ From, To int }

// Escaped is Printable for raw bytes shown as text (a record's key, value
// or header that is not JSON): a backslash of the bytes is written \\, so
// the four characters \x1b that a producer sent read \\x1b, and a real
// escape character reads \x1b; every escape washboard wrote is in spans,
// for the ui to draw in its escape style (ut18b/ut19b G3).
func Escaped(b []byte) (string, []Span) {
	var spans []Span
	if isPlain(b) && !hasBackslash(b) {
		return string(b), nil
	}
	return escape(b, true, &spans), spans
}

// EscapedPrefix is Escaped text of at most limit bytes of b, the cut
// marked (PrintablePrefix), without its spans.
func EscapedPrefix(b []byte, limit int) string {
	cut := len(b) > limit
	if cut {
		b = b[:limit]
	}
	s, _ := Escaped(b)
	if cut {
		s += Ellipsis
	}
	return s
}

func hasBackslash(b []byte) bool {
	for _, c := range b {
		if c == '\\' {
			return true
		}
	}
	return false
}

// EscapeSpans finds the escapes washboard wrote in s, text made by
// Escaped (json false) or JSON text made safe by Printable (json true),
// even once cut, wrapped or styled: styling sequences (ESC [ … final
// byte) are skipped, and an escape cut short at the end of s is a span
// of what is left of it. In Escaped text every backslash not doubled
// starts an escape (\xNN, \uNNNN, \UNNNNNNNN, \n, \r, \t); in JSON text
// backslashes are JSON's own and only \xNN, a byte that is not UTF-8, is
// washboard's. It does no I/O and no styling: the ui styles the spans.
func EscapeSpans(s string, json bool) []Span {
	var out []Span
	for i := 0; i < len(s); {
		switch c := s[i]; {
		case c == 0x1b: // a style the ui put there: skip the whole sequence
			i = skipSequence(s, i)
			continue
		case c != '\\':
			i++
			continue
		}
		if i+1 >= len(s) { // an escape cut to its backslash
			if !json {
				out = append(out, Span{i, i + 1})
			}
			i++
			continue
		}
		n := 0 // hex digits the escape has
		switch s[i+1] {
		case '\\':
			i += 2
			continue
		case 'x':
			n = 2
		case 'u':
			n = 4
		case 'U':
			n = 8
		case 'n', 'r', 't':
		default:
			if !json { // cut before what it escapes (a … follows)
				out = append(out, Span{i, i + 1})
			}
			i += 2
			continue
		}
		end := i + 2
		for k := 0; k < n && end < len(s) && isHex(s[end]); k++ {
			end++
		}
		if !json || s[i+1] == 'x' {
			out = append(out, Span{i, end})
		}
		i = end
	}
	return out
}

func isHex(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

// skipSequence is the index after the terminal control sequence that
// starts at s[i] (an ESC): CSI up to its final byte, OSC up to BEL or ST,
// any other up to its next byte.
func skipSequence(s string, i int) int {
	if i+1 >= len(s) {
		return len(s)
	}
	switch s[i+1] {
	case '[':
		for j := i + 2; j < len(s); j++ {
			if s[j] >= 0x40 && s[j] <= 0x7e {
				return j + 1
			}
		}
		return len(s)
	case ']':
		for j := i + 2; j < len(s); j++ {
			if s[j] == 0x07 {
				return j + 1
			}
			if s[j] == 0x1b && j+1 < len(s) && s[j+1] == '\\' {
				return j + 2
			}
		}
		return len(s)
	}
	return i + 2
}
