package ui

import (
	"regexp"
	"testing"
)

// borderFilter is the filter's word in a box's top border, said in full
// or short (`/settlement`).
var borderFilter = regexp.MustCompile(`(?:filter |/)(\S+) · \d+-\d+/\d+`)

// ut31 Y13: the Partitions border's filter word was cut to what the
// scroll position left (`filter set… · 1-2/20`, `filter s… · 19-20/20`):
// it reads the same on every page, the position held at its widest.
func TestBorderFilterHoldsAsThePositionScrolls(t *testing.T) {
	a := realApp(t, twinTopicsStore(), 80, 24)
	do(a, "4", "/", "type:settlement", "enter")
	seen := ""
	for range 45 {
		m := borderFilter.FindStringSubmatch(screen(a))
		if m == nil {
			t.Fatalf("no filter and position in the border:\n%s", screen(a))
		}
		if seen != "" && m[1] != seen {
			t.Fatalf("the border's filter read %q, then %q as the position scrolled:\n%s", seen, m[1], screen(a))
		}
		seen = m[1]
		do(a, "j")
	}
}

// ut33 Y13 rest: the 80x24 Partitions border read `filter s…` where the
// filter said short, `/eu-west`, fits whole beside the position.
func TestBorderFilterWholeWhereItsShortFormFits(t *testing.T) {
	for _, q := range []string{"settle", "eu-west"} {
		a := realApp(t, twinTopicsStore(), 80, 24)
		do(a, "4", "/", "type:"+q, "enter")
		m := borderFilter.FindStringSubmatch(screen(a))
		if m == nil || m[1] != q {
			t.Errorf("the filter %q is not whole in the border (%q):\n%s", q, m, screen(a))
		}
	}
}
