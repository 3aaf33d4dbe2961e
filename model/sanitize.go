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
	return escape(b, false, nil)
}

// escape is Printable; with raw set a backslash is written as \\, so
// that every other backslash starts an escape washboard wrote, and
// spans, when not nil, gets where those escapes are.
func escape(b []byte, raw bool, spans *[]Span) string {
	var sb strings.Builder
	sb.Grow(len(b) + 16)
	mark := func(from int) {
		if spans != nil {
			*spans = append(*spans, Span{From: from, To: sb.Len()})
		}
	}
	marks := -1  // combining marks on the rune before; -1: none may attach to it
	bad := false // an invalid byte came before: what follows is not text, its marks are escaped
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b)
		from := sb.Len()
		switch {
		case r == utf8.RuneError && size <= 1:
			sb.WriteString(`\x`)
			sb.WriteString(hex2(b[0]))
			mark(from)
			marks, bad = -1, true
		case r == '\\' && raw:
			sb.WriteString(`\\`)
			marks = -1
		case unicode.In(r, unicode.Mn, unicode.Me) && !unsettledWidth(r):
			if bad || marks < 0 || marks >= maxMarks {
				writeEscape(&sb, r)
				mark(from)
				marks = -1
			} else {
				sb.WriteRune(r)
				marks++
			}
		default:
			if writeRune(&sb, r) {
				if unicode.IsLetter(r) || unicode.IsNumber(r) {
					marks = 0
				} else {
					marks = -1
				}
			} else {
				mark(from)
				marks = -1
			}
		}
		b = b[size:]
	}
	return sb.String()
}

// maxMarks is how many combining marks a letter keeps (Vietnamese,
// Thai and Hebrew use up to three or four); the ones after are written
// as escapes, as is a mark with no letter before it (the bytes de ad, a
// lone U+07AD, at the start of a value): a terminal attaches such marks
// to whatever cell came before (a column's space) or drops those past
// what a cell holds, so they are shown, not lost (a user test of issue 14).
// After an invalid byte every mark is written as an escape: bytes that
// are not text must not read as text (ut28b V11: `\xff\xfe\x00\x01binary`
// then de ad drew a mark on the y of `binary`).
const maxMarks = 4

// unsettledWidth reports whether terminals disagree on the cells r takes
// with the rune before it (issue 14: a row's right border moved): variation
// selectors (U+FE0F makes ☃ two cells in some, one in others), emoji
// skin-tone modifiers, the conjoining Hangul jamo after a leading one
// (modern Korean text is written in precomposed syllables, which are
// kept) and spacing combining marks (tmux gives Devanagari's का two
// cells where the layout's grapheme widths give it one). Printable writes them as escapes, so a row is as wide on every
// terminal as the layout measured.
func unsettledWidth(r rune) bool {
	switch {
	case r >= 0xfe00 && r <= 0xfe0f, r >= 0xe0100 && r <= 0xe01ef: // variation selectors
	case r >= 0x1f3fb && r <= 0x1f3ff: // emoji modifiers
	case r >= 0x1160 && r <= 0x11ff, r >= 0xd7b0 && r <= 0xd7ff: // Hangul jamo vowels and finals
	case unicode.Is(unicode.Mc, r): // spacing marks (Devanagari's ा): one cell with their letter, or one of their own
	default:
		return false
	}
	return true
}

// writeEscape writes r as a Go-style escape: \u and four hex digits, or
// \U and eight above U+FFFF, so an escape's end is known from its text
// (EscapeSpans) and the characters after it are never read as part of it.
func writeEscape(sb *strings.Builder, r rune) {
	digits := 4
	if r > 0xffff {
		digits = 8
		sb.WriteString(`\U`)
	} else {
		sb.WriteString(`\u`)
	}
	s := strconv.FormatInt(int64(r), 16)
	for i := len(s); i < digits; i++ {
		sb.WriteByte('0')
	}
	sb.WriteString(s)
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

// writeRune writes r, or its escape when it is not safe to show; it
// reports whether r was written as itself.
func writeRune(sb *strings.Builder, r rune) bool {
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
		r == utf8.RuneError, unicode.Is(unicode.Zl, r), unicode.Is(unicode.Zp, r), unsettledWidth(r):
		// C1 controls (0x9b is a one-byte CSI), format characters (zero
		// width, bidi overrides), private use, line separators and runes
		// of unsettled width.
		writeEscape(sb, r)
	default:
		sb.WriteRune(r)
		return true
	}
	return false
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
