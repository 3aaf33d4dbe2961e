package ui

import (
	"strings"

	"github.com/washboard/washboard/ui/draw"
)

// aheadWord starts a lag cell of a group committed past the high
// watermark (model's LagText: "ahead 4,000").
const aheadWord = "ahead "

// aheadShort is a lag cell in its short form: "ahead 4,000" is written
// "-4,000", the lag as Kafka computes it (high watermark minus committed
// offset), negative; any other cell as it is. A list table writes every
// such cell short where the long form would cost a column, a heading's
// full form or a name's cells (ut24a P11, ut25a Q2: one group ahead
// somewhere in the list made the lag column 11 cells wide, and the high
// watermark, eta and lag history went while the rows read 0).
func aheadShort(text string) string {
	if rest, ok := strings.CutPrefix(text, aheadWord); ok {
		return "-" + rest
	}
	return text
}

// aheadForm is whether a list table can write "ahead N" long: long is
// the table laid out with the lag column as wide as the long form, short
// as wide as the short one; the long form is kept only where it costs
// nothing but the room left over (the lag history's, the blank end of
// the rows): every column that shows short shows long, under the same
// heading, and the name keeps its cells.
func aheadForm(long, short draw.Fitted) bool {
	if len(long.Widths) == 0 || long.Widths[0] < short.Widths[0] {
		return false
	}
	for i := range short.Widths {
		if (short.Widths[i] > 0) != (long.Widths[i] > 0) || short.Titles[i] != long.Titles[i] {
			return false
		}
	}
	return true
}
