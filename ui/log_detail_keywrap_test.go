package ui

import (
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/washboard/washboard/model"
)

// A long key in a record's details wraps as the topic above it does, at a
// name boundary (`…-0248-` / `reconciliation-…`, not `reconc` /
// `iliation`, ut25b R6), and in hex (`f` three times) whole bytes to a
// line, every line starting on a byte under the first (not `7` / `4`
// with the lines after shifted a cell, ut25b R7): in the grid (as tall
// as the hex needs) and zoomed, 80 and 200 columns wide.
func TestLogDetailKeyWrapsWhole(t *testing.T) {
	const (
		topic = "payment-settlement-events-emitted-by-the-nightly-reconciler-ut25b-v1"
		key80 = "settlement-batch-003-merchant-0248-reconciliation-key-long-form-ut25b" // the tester's
		wide  = "-and-then-some-more-of-it-for-the-two-hundred-column-screen-so-that-it-breaks-there-too-x"
	)
	byteRun := regexp.MustCompile(`^([0-9a-f]{2} )*[0-9a-f]{2} ?$`)
	for _, c := range []struct {
		name string
		w, h int
		zoom bool
	}{{"80x50 grid", 80, 50, false}, {"80x24 zoomed", 80, 24, true}, {"200x60 grid", 200, 60, false}, {"200x50 zoomed", 200, 50, true}} {
		t.Run(c.name, func(t *testing.T) {
			key := key80
			if c.w > 80 {
				key += wide
			}
			rec := model.Record{Topic: topic, Partition: 3, Offset: 3310, Time: fixedNow.Add(-time.Second), Key: []byte(key), Value: []byte(`{"amount":744}`)}
			hexKey := model.BytesOneLine([]byte(key), nil, model.FormatHex, 4<<10)
			a := testApp(t, c.w, c.h)
			writer(a.c).Fold([]model.Record{rec}, fixedNow)
			do(a, "6")
			if c.zoom {
				do(a, "z")
			}
			do(a, "space", "enter")
			lines := detailField(screen(a), "key")
			if got := strings.Join(lines, ""); got != key {
				t.Fatalf("key lines %q do not read the key whole:\n%s", lines, screen(a))
			}
			for _, l := range lines[:len(lines)-1] {
				if !strings.HasSuffix(l, "-") {
					t.Errorf("the key breaks inside a word: %q", lines)
					break
				}
			}
			do(a, "f", "f", "f") // hex
			lines = detailField(screen(a), "key")
			if got := strings.ReplaceAll(strings.Join(lines, " "), "  ", " "); got != hexKey {
				t.Fatalf("hex key lines %q are not the key's bytes:\n%s", lines, screen(a))
			}
			for i, l := range lines {
				if !byteRun.MatchString(l) {
					t.Errorf("hex line %d %q is not whole bytes from its first cell: %q", i, l, lines)
				}
			}
		})
	}
}

// detailField is the text of a detail field's lines on screen s: the line
// labelled name and the indented lines under it, within the box whose
// left border is before the label.
func detailField(s, name string) []string {
	var out []string
	col := -1
	field := func(r []rune) string { // from the label's column to the box's right border
		t := string(r[col+10:])
		if i := strings.Index(t, "│"); i >= 0 {
			t = t[:i]
		}
		return strings.TrimRight(t, " ")
	}
	for _, row := range strings.Split(s, "\n") {
		r := []rune(row)
		if col < 0 {
			if i := strings.Index(row, "│"+name+strings.Repeat(" ", 10-len(name))); i >= 0 {
				col = len([]rune(row[:i])) + 1
				out = append(out, field(r))
			}
			continue
		}
		if len(r) < col+10 || strings.TrimSpace(string(r[col:col+10])) != "" {
			break
		}
		out = append(out, field(r))
	}
	return out
}
