package ui

import (
	"fmt"
	"strings"
	"testing"
)

// A box's title keeps the name it is read for (ut18b G16: `8 Topics ›
// idle.audit-trail.archive-for-compliance-retention-203… ─ 1-20/21` lost
// the name's end, which tells one topic from the next): the pane's name
// gives way first, then the name is cut in the middle. Goldens at 80x24
// and 200x50.
func TestTopicDetailTitleKeepsTheNamesEnd(t *testing.T) {
	const topic = "payments-settlement-ledger-eu-west-1-high-priority-stream-2026-x"
	for _, size := range [][2]int{{80, 24}, {200, 50}} {
		w, h := size[0], size[1]
		for _, zoom := range []bool{false, true} {
			name := fmt.Sprintf("topic-detail-title-%dx%d", w, h)
			keys := []string{"8", "G", "enter"}
			if zoom {
				name, keys = name+"-zoom", append(keys, "z")
			}
			t.Run(name, func(t *testing.T) {
				a := realApp(t, idleStore(t), w, h)
				do(a, keys...)
				got := screen(a)
				assertFits(t, got, w, h)
				var top string
				for _, l := range strings.Split(got, "\n") {
					if strings.Contains(l, "╭─ 8 ") {
						top = l
					}
				}
				if !strings.Contains(top, "› ") {
					t.Fatalf("no topic detail open:\n%s", got)
				}
				if !strings.Contains(top, "stream-2026-x ") || !strings.Contains(top, "payments-") {
					t.Errorf("the title lost the topic's start or end: %q", top)
				}
				golden(t, name, got)
			})
		}
	}
}

func TestFitTitle(t *testing.T) {
	for _, tc := range []struct {
		title string
		w     int
		want  string
	}{
		{"8 Topics › orders", 40, "8 Topics › orders"},
		{"8 Topics › idle.audit-trail.archive-for-compliance-retention-2031", 60, "8 › idle.audit-trail.archive-for-compliance-retention-2031"},
		{"8 Topics › idle.audit-trail.archive-for-compliance-retention-2031", 40, "8 › idle.audit-trail.…nce-retention-2031"},
		{"1 orders-eu-west-1-payment-authorization-events-v2", 30, "1 orders-eu-wes…tion-events-v2"},
		{"8 Topics › idle.audit-trail", 9, "8 Topics…"},
	} {
		if got := fitTitle(tc.title, tc.w); got != tc.want || len([]rune(got)) > tc.w {
			t.Errorf("fitTitle(%q, %d) = %q, want %q", tc.title, tc.w, got, tc.want)
		}
	}
}

// A title's cut holds still as the position beside it scrolls: the
// position's widest form is kept for it (ut28a U9: the topic detail's
// title read `…adjustment…ream-from-…` at `1-19/36` and `…-adjustmen…`
// at `18-36/36`).
func TestTitleCutHoldsAsThePositionScrolls(t *testing.T) {
	for _, size := range [][2]int{{80, 24}} { // the grid's box cuts the title
		a := realApp(t, idleStore(t), size[0], size[1])
		do(a, "8", "G", "enter")
		title := func() (string, string) {
			for _, l := range strings.Split(screen(a), "\n") {
				if strings.Contains(l, "╭─ 8 ") {
					i := strings.Index(l, "›")
					j := i + strings.Index(l[i:], " ─")
					return l[i:j], l[j:]
				}
			}
			return "", ""
		}
		first, pos := title()
		if !strings.Contains(first, "…") || !strings.Contains(pos, "/") {
			t.Fatalf("%v: the title is not cut beside a position (%q %q):\n%s", size, first, pos, screen(a))
		}
		for range 20 {
			do(a, "down")
			if got, p := title(); got != first {
				t.Fatalf("%v: the title read %q at %s, then %q at %s", size, first, pos, got, p)
			}
		}
	}
}
