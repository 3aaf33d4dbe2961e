package model

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Ellipsis marks a value cut to fit its column.
const Ellipsis = "…"

// Printable turns arbitrary bytes (a key, a header, a value) into text that
// is safe to hand to a terminal: every control character (C0, DEL, C1),
// escape sequence introducer, invalid UTF-8 byte and invisible formatting
// character (zero-width spaces, bidi overrides) is written as a visible Go
// style escape, so a hostile payload can neither move the cursor, set the
// title nor write the clipboard, and columns stay aligned.
func Printable(b []byte) string {
	if isPlain(b) {
		return string(b)
	}
	var sb strings.Builder
	sb.Grow(len(b) + 16)
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b)
		switch {
		case r == utf8.RuneError && size <= 1:
			sb.WriteString(`\x`)
			sb.WriteString(hex2(b[0]))
		default:
			writeRune(&sb, r)
		}
		b = b[size:]
	}
	return sb.String()
}

// PrintableString is Printable for a string.
func PrintableString(s string) string {
	return Printable([]byte(s))
}

// plainString is isPlain for a string, without converting it.
func plainString(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c > 0x7e {
			return false
		}
	}
	return true
}

// isPlain reports whether b is printable ASCII only, the common case that
// needs no copy-and-escape pass.
func isPlain(b []byte) bool {
	for _, c := range b {
		if c < 0x20 || c > 0x7e {
			return false
		}
	}
	return true
}

func writeRune(sb *strings.Builder, r rune) {
	switch {
	case r == '\n':
		sb.WriteString(`\n`)
	case r == '\r':
		sb.WriteString(`\r`)
	case r == '\t':
		sb.WriteString(`\t`)
	case r < 0x20 || r == 0x7f:
		sb.WriteString(`\x`)
		sb.WriteString(hex2(byte(r)))
	case r >= 0x80 && r <= 0x9f, unicode.Is(unicode.Cf, r), unicode.Is(unicode.Co, r),
		r == utf8.RuneError, unicode.Is(unicode.Zl, r), unicode.Is(unicode.Zp, r):
		// C1 controls (0x9b is a one-byte CSI), format characters (zero
		// width, bidi overrides), private use and line separators.
		sb.WriteString(`\u`)
		s := strconv.FormatInt(int64(r), 16)
		for i := len(s); i < 4; i++ {
			sb.WriteByte('0')
		}
		sb.WriteString(s)
	default:
		sb.WriteRune(r)
	}
}

func hex2(c byte) string {
	const digits = "0123456789abcdef"
	return string([]byte{digits[c>>4], digits[c&0x0f]})
}

// PrintablePrefix is Printable over at most limit bytes of b, marking the
// cut: it keeps a megabyte value from costing a megabyte of work per line.
func PrintablePrefix(b []byte, limit int) string {
	if len(b) <= limit {
		return Printable(b)
	}
	return Printable(b[:limit]) + Ellipsis
}
