package ui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/washboard/washboard/model"
)

// hostileKeyRecs are the records of a hostile-bytes topic: short keys,
// one holding a bidi override, two with long values that need every cell
// of their rows, the rest with short values.
func hostileKeyRecs() []model.Record {
	const topic = "hostile.bytes-and-transactions-playground-for-ut28b-tests-01"
	kv := [][2]string{
		{"k-esc", "\x1b[2J\x1b]0;pwned\x07clear-screen-and-title"},
		{"k-bidi-\u202eevil", `{"note":"rtl ` + "\u202e" + ` override","zw":"a` + "\u200b" + `b"}`},
		{"k-backslash", `text \x1b[2J literal`},
		{"k-deep", strings.Repeat(`{"a":`, 40) + "1" + strings.Repeat("}", 40)},
		{"k-mega", strings.Repeat("m", 4000)},
		{"k-zw\u200bx", "short"},
	}
	var recs []model.Record
	for i, p := range kv {
		recs = append(recs, model.Record{Topic: topic, Partition: 0, Offset: int64(i), Time: fixedNow, Key: []byte(p[0]), Value: []byte(p[1])})
	}
	return recs
}

// A key holding an escape (a bidi override, a zero-width space) is shown
// whole where its row has the cells, its value moved along on that row
// only: a cut never takes the escape away beside free cells (ut28b V5:
// `k-bidi-\u202eevil` cut to `k-bid…evil` beside ~90 blank cells, the
// escape, the one thing to see, cut away).
func TestLogKeyEscapeShownWhereTheRowHasRoom(t *testing.T) {
	bidi, zw := `k-bidi-\u202eevil`, `k-zw\u200bx`
	for _, sz := range []struct {
		w, h  int
		zoom  bool
		whole []string // in the 200x50 grid and at 120 cells the bidi key's value takes its row's every cell
	}{{200, 50, true, []string{bidi, zw}}, {200, 50, false, []string{zw}}, {120, 30, true, []string{zw}}} {
		t.Run(shareName("", sz.w, sz.h, sz.zoom), func(t *testing.T) {
			a, p := keysApp(t, sz.w, sz.h, sz.zoom, hostileKeyRecs())
			got := screen(a)
			assertFits(t, got, sz.w, sz.h)
			for _, k := range sz.whole {
				var row string
				for _, l := range p.Lines(false) {
					if s := ansi.Strip(l); strings.Contains(s, "@1 ") && strings.Contains(k, "bidi") || strings.Contains(s, "@5 ") && strings.Contains(k, "zw") {
						row = s
					}
				}
				if !strings.Contains(row, k) {
					t.Errorf("key %s is not whole on its row, which has room:\n%q\n%s", k, row, logBox(t, got))
				}
			}
		})
	}
}
