package ui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/washboard/washboard/model"
)

// pieceAt is the cells of the piece of s (ASCII and escapes) that starts
// at cell i: a whole escape, else one cell.
func pieceAt(units []escUnit, i int) int {
	for _, u := range units {
		if u.from == i {
			return u.to - u.from
		}
	}
	return 1
}

// pieceBefore is the cells of the piece of s that ends at cell i.
func pieceBefore(units []escUnit, i int) int {
	for _, u := range units {
		if u.to == i {
			return u.to - u.from
		}
	}
	return 1
}

// A key cut around its escapes uses the cells of its column: the blank
// cells after it are fewer than the piece (an escape whole, or one cell)
// that would come next at either end of the cut, at every width and
// shift, and no cut at escape boundaries keeping both ends shows more
// (ut30 X13: `evil-\x1b…-rtl` and 6 blank cells in a 20-cell column,
// where `evil-\x1b[2J-…-rtl` fits; in the binary's 13-cell column
// `evil-…-rtl` and 3 blank cells, where `evil-\x1b…rtl` fits).
func TestLogEscapeCutUsesItsCells(t *testing.T) {
	keys := []string{
		`evil-\x1b[2J-key-\u202e-rtl`,
		`k-bidi-\u202eevil`,
		`binary\u07ad-key-\x00\x01-end`,
		`settlement-\\batch-\u200b-0001-reconciliation`,
		`\U0001f600-a-\U0001f600-b-\U0001f600`,
	}
	for _, s := range keys {
		units, sw := escapeUnits(s), ansi.StringWidth(s)
		for w := 7; w < sw; w++ {
			for _, shift := range []int{0, 1, 3, -1, -3, -5} {
				out := fitCut(s, w, shift)
				if ansi.StringWidth(out) != w {
					t.Fatalf("fitCut(%q, %d, %d) = %q: not %d cells", s, w, shift, out, w)
				}
				pad := w - ansi.StringWidth(strings.TrimRight(out, " "))
				if pad == 0 {
					continue
				}
				h, tail, _ := strings.Cut(strings.TrimRight(out, " "), model.Ellipsis)
				head, start := ansi.StringWidth(h), sw-ansi.StringWidth(tail)
				// no cut at escape boundaries, both ends kept, shows more
				most := 0
				for hh := 1; hh < w-1; hh++ {
					for st := sw - 1; st >= hh; st-- {
						if safeHead(units, hh) == hh && safeStart(units, st) == st && hh+sw-st <= w-1 {
							most = max(most, hh+sw-st)
						}
					}
				}
				if head > 0 && start < sw && head+sw-start < most {
					t.Errorf("fitCut(%q, %d, %d) = %q shows %d cells, a cut at escape boundaries shows %d", s, w, shift, out, head+sw-start, most)
				}
				if pieceAt(units, head) <= pad && head+pieceAt(units, head) <= start || pieceBefore(units, start) <= pad && start-pieceBefore(units, start) >= head {
					t.Errorf("fitCut(%q, %d, %d) = %q: %d blank cells where the next piece fits", s, w, shift, out, pad)
				}
			}
		}
	}
}

// The 80x24 Log filtered to one topic shows a key holding escapes in
// the cells its column has, at 80x24 in the grid and zoomed and at
// 200x50 (ut30 X13).
func TestLogEscapeKeyFillsItsColumn(t *testing.T) {
	const key = "evil-\x1b[2J-key-\u202e-rtl"
	var recs []model.Record
	for i := range 30 {
		recs = append(recs, model.Record{Topic: "payments", Partition: i % 3, Offset: int64(i), Time: fixedNow,
			Key: []byte("pay-" + itoa(i)), Value: []byte(`{"amount":` + itoa(i) + `}`)})
	}
	recs = append(recs, model.Record{Topic: "orders", Partition: 1, Offset: 39, Time: fixedNow, Key: []byte(key),
		Value: []byte(`{"order":"\\x1b[31m red","note":"zero` + "\u200b" + `width","pad":"` + strings.Repeat("x", 120) + `"}`)})
	for _, sz := range []struct {
		w, h int
		zoom bool
	}{{80, 24, false}, {80, 24, true}, {200, 50, false}, {200, 50, true}} {
		name := shareName("log-escfill-", sz.w, sz.h, sz.zoom)
		t.Run(name, func(t *testing.T) {
			a, p := keysApp(t, sz.w, sz.h, sz.zoom, recs)
			do(a, "6", "/")
			typeText(a, "topic=orders")
			do(a, "enter")
			got := screen(a)
			assertFits(t, got, sz.w, sz.h)
			var rows [][3]string
			for _, r := range logRows(p) {
				if r[0] != "filter" {
					rows = append(rows, r)
				}
			}
			if len(rows) != 1 {
				t.Fatalf("want the one orders row, got %q\n%s", rows, logBox(t, got))
			}
			var line string
			for _, l := range p.Lines(false) {
				if s := ansi.Strip(l); strings.Contains(s, "orders/1@39") {
					line = s
				}
			}
			// the key's column ends where the value starts: no run of
			// blank cells between the key and the value wider than an
			// escape could explain
			k := strings.Index(line, "evil")
			v := strings.Index(line, `{"order"`)
			if k < 0 || v < 0 {
				t.Fatalf("row %q lacks its key or value", line)
			}
			keyCells := strings.TrimRight(line[k:v], " ")
			if gap := ansi.StringWidth(line[k:v]) - ansi.StringWidth(keyCells); gap > 2 && strings.Contains(keyCells, model.Ellipsis) {
				t.Errorf("the key %q is cut with %d blank cells after it:\n%s", keyCells, gap, logBox(t, got))
			}
			golden(t, name, logBox(t, got))
		})
	}
}
