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
// row fits, else 8 (xxd -c 8 on a narrow terminal), so the text column
// is never cut; width 0 means 16. Where 16 bytes with an 8-digit offset
// do not fit, the offset takes the fewest digits (4 at least) that hold
// the dump's last offset: the 80-column detail (76 cells) showed 8 bytes
// a row beside 30 blank cells, where 16 fit with `0000` offsets
// (ut34a-21).
func HexDumpWidth(b []byte, limit, width int) []string {
	if len(b) > limit {
		b = b[:limit]
	}
	per, digits := 16, 8
	if width > 0 && width < hexRowWidth(16, digits) {
		digits = offsetDigits(len(b))
		if width < hexRowWidth(16, digits) {
			per, digits = 8, 8
		}
	}
	const hex = "0123456789abcdef"
	lines := make([]string, 0, (len(b)+per-1)/per)
	var sb strings.Builder
	for off := 0; off < len(b); off += per {
		row := b[off:min(off+per, len(b))]
		sb.Reset()
		for shift := 4*digits - 4; shift >= 0; shift -= 4 {
			sb.WriteByte(hex[(off>>shift)&0xf])
		}
		sb.WriteString("  ")
		for i := range per {
			switch {
			case i < len(row):
				sb.WriteByte(hex[row[i]>>4])
				sb.WriteByte(hex[row[i]&0xf])
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

// hexRowWidth is the cells one dump row of per bytes takes: an offset of
// digits, two spaces, three cells a byte, the gap after the 8th, " |",
// text, "|".
func hexRowWidth(per, digits int) int { return digits + 2 + 3*per + 1 + 2 + per + 1 }

// offsetDigits is the fewest hex digits, 4 at least, that hold the
// offsets of a dump of n bytes.
func offsetDigits(n int) int {
	d := 4
	for n-1 >= 1<<(4*d) {
		d++
	}
	return d
}
