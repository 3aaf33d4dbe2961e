package model

import "strings"

// HexDump renders b as classic hex lines, 16 bytes each:
//
//	00000000  1b 5b 32 4a 72 65 64 ff  ...                 |.[2Jred.|
//
// The text column shows printable ASCII only, so the dump is safe to put on
// a terminal whatever b holds. At most limit bytes are dumped.
func HexDump(b []byte, limit int) []string {
	if len(b) > limit {
		b = b[:limit]
	}
	const digits = "0123456789abcdef"
	lines := make([]string, 0, (len(b)+15)/16)
	var sb strings.Builder
	for off := 0; off < len(b); off += 16 {
		row := b[off:min(off+16, len(b))]
		sb.Reset()
		for shift := 28; shift >= 0; shift -= 4 {
			sb.WriteByte(digits[(off>>shift)&0xf])
		}
		sb.WriteString("  ")
		for i := range 16 {
			switch {
			case i < len(row):
				sb.WriteByte(digits[row[i]>>4])
				sb.WriteByte(digits[row[i]&0xf])
				sb.WriteByte(' ')
			default:
				sb.WriteString("   ")
			}
			if i == 7 {
				sb.WriteByte(' ')
			}
		}
		sb.WriteString(" |")
		for _, c := range row {
			if c < 0x20 || c > 0x7e {
				c = '.'
			}
			sb.WriteByte(c)
		}
		sb.WriteByte('|')
		lines = append(lines, sb.String())
	}
	return lines
}
