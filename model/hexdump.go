package model

import "strings"

// HexDump renders b as classic hex lines, 16 bytes each:
//
//	00000000  1b 5b 32 4a 72 65 64 ff  ...                 |.[2Jred.|
//
// The text column shows printable ASCII only, so the dump is safe to put on
// a terminal whatever b holds. At most limit bytes are dumped.
func HexDump(b []byte, limit int) []string { return HexDumpWidth(b, limit, 0) }

// HexDumpWidth is HexDump fitted to width cells: 16 bytes a row when a
// row fits (79 cells), else 8 (xxd -c 8 on a narrow terminal), so the
// text column is never cut; width 0 means 16.
func HexDumpWidth(b []byte, limit, width int) []string {
	if len(b) > limit {
		b = b[:limit]
	}
	per := 16
	if width > 0 && width < hexRowWidth(16) {
		per = 8
	}
	const digits = "0123456789abcdef"
	lines := make([]string, 0, (len(b)+per-1)/per)
	var sb strings.Builder
	for off := 0; off < len(b); off += per {
		row := b[off:min(off+per, len(b))]
		sb.Reset()
		for shift := 28; shift >= 0; shift -= 4 {
			sb.WriteByte(digits[(off>>shift)&0xf])
		}
		sb.WriteString("  ")
		for i := range per {
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

// hexRowWidth is the cells one dump row of per bytes takes: offset, two
// spaces, three cells a byte, the gap after the 8th, " |", text, "|".
func hexRowWidth(per int) int { return 8 + 2 + 3*per + 1 + 2 + per + 1 }
