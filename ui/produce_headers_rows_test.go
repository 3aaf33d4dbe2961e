package ui

import (
	"strings"
	"testing"
)

// produceBoxRows is the Produce box's rows in screen s, inside its borders.
func produceBoxRows(s string) []string {
	var rows []string
	col := -1
	for _, line := range strings.Split(s, "\n") {
		if i := strings.Index(line, "╭─ 7 Produce"); i >= 0 {
			col = len([]rune(line[:i]))
			continue
		}
		r := []rune(line)
		if col < 0 || len(r) <= col+1 || r[col] != '│' {
			continue
		}
		rows = append(rows, strings.TrimRight(strings.TrimSuffix(strings.TrimRight(string(r[col+1:]), " "), "│"), " "))
	}
	return rows
}

// headersRows is the headers area's rows: from its label to the value's.
func headersRows(rows []string) []string {
	var out []string
	in := false
	for _, r := range rows {
		label := strings.TrimLeft(r, "▸ ")
		switch {
		case strings.HasPrefix(label, "headers"):
			in = true
		case strings.HasPrefix(label, "value"):
			return out
		}
		if in {
			out = append(out, strings.TrimSpace(strings.TrimPrefix(label, "headers")))
		}
	}
	return out
}

// ut25b R8: after enter in the headers area, the area showed its second
// line after a `…` with the first hidden and a blank row under it: the
// text area kept the scroll it took while it had one row. While the
// headers' lines fit the area's rows, every one shows, in order, without
// a `…`, however the cursor got to the last (enter, not only ↑).
func TestProduceHeadersShowEveryLineAfterEnter(t *testing.T) {
	lines := []string{"trace-id=ut25b", "badline", "third=3"}
	for _, size := range [][2]int{{120, 40}, {200, 50}} {
		t.Run(sizeName(size), func(t *testing.T) {
			a, p, _ := produceApp(t, size[0], size[1])
			do(a, "7", "enter")
			for p.active != fieldHeaders {
				do(a, "tab")
			}
			for i, l := range lines {
				if i > 0 {
					do(a, "enter")
					got := headersRows(produceBoxRows(screen(a)))
					if len(got) < i+1 || got[0] != lines[0] || strings.Contains(strings.Join(got, "\n"), "…") {
						t.Fatalf("after enter %d the headers area reads %q, want %q first and a row for the new line:\n%s", i, got, lines[0], screen(a))
					}
				}
				typeText(a, l)
			}
			a.View()
			got := headersRows(produceBoxRows(screen(a)))
			if len(got) != 3 || got[0] != lines[0] || got[1] != lines[1] || got[2] != lines[2] {
				t.Fatalf("the headers area reads %q, want %q:\n%s", got, lines, screen(a))
			}
			do(a, "enter") // a fourth line: the area stays 3 rows, and scrolls, the … saying so
			typeText(a, "four=4")
			a.View()
			got = headersRows(produceBoxRows(screen(a)))
			if len(got) != 3 || got[2] != "four=4" {
				t.Fatalf("with a fourth line the headers area reads %q:\n%s", got, screen(a))
			}
			if got[0] != "…badline" {
				t.Fatalf("the scrolled headers area has no …:\n%s", screen(a))
			}
			for range len("four=4") + 1 { // the fourth line taken back: the three show again, no …
				do(a, "backspace")
			}
			got = headersRows(produceBoxRows(screen(a)))
			if len(got) != 3 || got[0] != lines[0] || got[2] != lines[2] {
				t.Fatalf("with the fourth line taken back the headers area reads %q, want %q:\n%s", got, lines, screen(a))
			}
		})
	}
}
