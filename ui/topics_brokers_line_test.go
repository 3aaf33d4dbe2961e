package ui

import (
	"strings"
	"testing"
)

// ut22b N11: the brokers view judged its spare rows by the topics, so at
// 80x24 its cluster line was cut (`controller 2 ·…`) above a free row and
// `b topics`, the way back, could not be read. With rows to spare under
// its brokers the line wraps between parts.
func TestBrokersViewWrapsItsClusterLine(t *testing.T) {
	for _, w := range []int{44, 52, 60} {
		a := foreignApp(t, w, 14)
		do(a, "b")
		got := screen(a)
		if !strings.Contains(got, "brokers") || !strings.Contains(got, "host:port") {
			t.Fatalf("width %d: not the brokers view:\n%s", w, got)
		}
		if !strings.Contains(got, "b: back") && !strings.Contains(got, "back to topics") {
			t.Errorf("width %d: the way back is not said:\n%s", w, got)
		}
		// ut36b-25: said once, in the border, not again on a row
		if strings.Contains(got, "b topics") {
			t.Errorf("width %d: the way back is said twice:\n%s", w, got)
		}
	}
}
