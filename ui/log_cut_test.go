package ui

import (
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/washboard/washboard/model"
)

// insideSpan reports whether byte i of s falls strictly inside one of
// the escapes model.EscapeSpans finds (cutting there splits it).
func insideSpan(s string, i int) bool {
	for _, sp := range model.EscapeSpans(s, false) {
		if sp.From < i && i < sp.To {
			return true
		}
	}
	return false
}

// A key cut in the middle never splits an escape, wherever the cut falls
// (every width, every shift): `\u202…` and `\x1…` name no character
// (ut22b N9). Each end is a whole part of the key: its start up to an
// escape's start or end, its end from one.
func TestLogKeyCutKeepsEscapesWhole(t *testing.T) {
	keys := []string{
		escapedText([]byte("evil-\x1b[31mred-group-\u202e-rtl-long-name-for-wrapping-tests-0001")),
		escapedText([]byte("\x1b]0;pwned\x07")),
		escapedText([]byte("\u200b\u202e\u2066\x00\x01\x7f-" + strings.Repeat("k", 20) + "\u202e\x1b")),
		escapedText([]byte("a\\b\\x1b-literal-backslashes-" + strings.Repeat("\xff", 6))),
		escapedText([]byte("\U0001f3fd-wide-洗濯機-\u0301-end")),
	}
	for _, k := range keys {
		sw := ansi.StringWidth(k)
		for w := 5; w < sw; w++ {
			for shift := -6; shift <= 6; shift++ {
				got := fitCut(k, w, shift)
				if gw := ansi.StringWidth(got); gw != w {
					t.Errorf("fitCut(%q, %d, %d) = %q: %d cells", k, w, shift, got, gw)
				}
				head, tail, ok := strings.Cut(strings.TrimRight(got, " "), model.Ellipsis)
				if !ok || !strings.HasPrefix(k, head) || !strings.HasSuffix(k, tail) {
					t.Fatalf("fitCut(%q, %d, %d) = %q: not one cut of the key", k, w, shift, got)
				}
				if insideSpan(k, len(head)) || insideSpan(k, len(k)-len(tail)) {
					t.Errorf("fitCut(%q, %d, %d) = %q: cut inside an escape", k, w, shift, got)
				}
			}
		}
	}
}

// cutEscape is a row whose cut falls inside an escape: a backslash and
// part of \xNN, \uNNNN or \UNNNNNNNN right before the ellipsis.
var cutEscape = regexp.MustCompile(`\\(x[0-9a-fA-F]?|u[0-9a-fA-F]{0,3}|U[0-9a-fA-F]{0,7})` + model.Ellipsis)

// On screen, a key cut to its column and a value cut at its row's end
// end before an escape, never inside it: the hostile rows at 80x24 and
// 200x50, zoomed and in the grid (ut22b N9: `\x1…`, `\u202…`).
func TestLogRowsCutOutsideEscapes(t *testing.T) {
	var recs []model.Record
	for i, v := range append(hostileValues, []byte(strings.Repeat("\u202e\x1b", 120)), []byte(strings.Repeat("é\x01", 90))) {
		recs = append(recs, model.Record{Topic: "other", Partition: i % 3, Offset: int64(i), Time: fixedNow,
			Key: []byte("evil-\x1b[31mred-group-\u202e-rtl-long-name-for-wrapping-tests-000" + strconv.Itoa(i%2)), Value: v})
	}
	for _, tc := range shareSizes {
		t.Run(shareName("log-cut-escapes-", tc.w, tc.h, tc.zoom), func(t *testing.T) {
			a, p := keysApp(t, tc.w, tc.h, tc.zoom, recs)
			do(a, "6")
			s := screen(a)
			assertFits(t, s, tc.w, tc.h)
			for _, l := range p.Lines(false) {
				if r := ansi.Strip(l); cutEscape.MatchString(r) {
					t.Errorf("a cut inside an escape: %q", r)
				}
			}
		})
	}
}

// positionWidth measures what position writes.
func TestLogPositionWidth(t *testing.T) {
	for _, r := range []model.Record{{Partition: 0, Offset: 0}, {Partition: 9, Offset: 9}, {Partition: 10, Offset: 10},
		{Partition: 123, Offset: 99999}, {Partition: 1, Offset: 100000}, {Partition: 0, Offset: -1}, {Partition: 7, Offset: 1 << 62}} {
		if got, want := positionWidth(r.Partition, r.Offset), len(position(&r)); got != want {
			t.Errorf("positionWidth(%d, %d) = %d, want %d (%q)", r.Partition, r.Offset, got, want, position(&r))
		}
	}
}
