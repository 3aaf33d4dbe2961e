package ui

import (
	"strconv"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/washboard/washboard/model"
)

// hostileValues are values whose cells a terminal may count otherwise
// than the layout: combining marks with no letter (the bytes de ad, a
// lone U+07AD) or piled past four, zero-width and wide characters, a
// variation selector, a skin-tone modifier, conjoining Hangul jamo, a
// Devanagari spacing mark, control bytes, and a wide character where the
// row is cut.
var hostileValues = [][]byte{
	{0xde, 0xad, 0xbe, 0xef, ' ', 't', 'a', 'i', 'l'},
	[]byte(strings.Repeat("\xde\xad", 60)),
	[]byte("e\u0301\u0301\u0301\u0301\u0301\u0301 stacked \u200b zw \u200d zwj"),
	[]byte(strings.Repeat("洗濯機", 60)),
	[]byte("\x00\x01\x1b[2J\x7f\x9b31m ctrl"),
	[]byte(strings.Repeat("☃\ufe0f👩\u200d👧 👋\U0001f3fd ", 20)),
	[]byte(strings.Repeat("\u1100\u1161\u11a8", 40)),
	[]byte(strings.Repeat("\u0915\u093e", 80)),
	[]byte(strings.Repeat("x", 71) + "洗" + strings.Repeat("y", 140)),
	[]byte(strings.Repeat("a\u0301", 120)),
}

// The Log's value column with hostile bytes never pushes a row's right
// border: every row is as wide as the box, and nothing a terminal would
// count otherwise is left unescaped (issue 14).
func TestLogHostileValuesKeepTheBorder(t *testing.T) {
	var recs []model.Record
	for i, v := range hostileValues {
		recs = append(recs, model.Record{Topic: "orders", Partition: i % 3, Offset: int64(i), Time: fixedNow,
			Key: []byte("k" + strconv.Itoa(i)), Value: v})
	}
	for _, name := range []string{"log-hostile-80x24", "log-hostile-200x50"} {
		t.Run(name, func(t *testing.T) {
			w, h := dims(name)
			a := logApp(t, w, h, recs...)
			got := screen(a)
			assertFits(t, got, w, h)
			assertNoRawEscapes(t, a.View().Content)
			// zoomed, the Log's box is the screen's rows under the header
			// (logBox cuts by runes, and these rows hold combining marks)
			rows := strings.Split(got, "\n")
			box := strings.Join(rows[1:len(rows)-1], "\n")
			for i, l := range strings.Split(box, "\n") {
				if lw := ansi.StringWidth(l); lw != w || !strings.HasSuffix(l, "│") && !strings.HasSuffix(l, "╮") && !strings.HasSuffix(l, "╯") {
					t.Errorf("row %d is %d cells or lacks its border: %q", i, lw, l)
				}
				for _, r := range l {
					if unsettled(r) {
						t.Errorf("row %d keeps %U, whose width terminals disagree on: %q", i, r, l)
					}
				}
				if strings.Contains(l, " \u07ad") || strings.Contains(l, " \u0301") {
					t.Errorf("row %d has a combining mark on a column's space: %q", i, l)
				}
			}
			golden(t, name, box)
		})
	}
}

// unsettled is a rune of the kinds model.Printable escapes for their
// width: variation selectors, skin-tone modifiers, conjoining jamo and
// spacing marks.
func unsettled(r rune) bool {
	return r >= 0xfe00 && r <= 0xfe0f || r >= 0x1f3fb && r <= 0x1f3ff || r >= 0x1160 && r <= 0x11ff || r == 0x093e
}
