package ui

import (
	"regexp"
	"strings"
	"testing"
)

// ut37-15: Produce's help listed esc for the pane (`esc stop editing, or
// a burst`) and again as `esc/? close help`, beside the border's `esc or
// ? to close`, and `p produce` in the Produce pane, where p gives
// nothing new. Each key is listed once in the help's body.
func TestHelpListsEachKeyOnce(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {200, 50}} {
		a := testApp(t, size[0], size[1])
		do(a, "7", "esc", "?")
		var body []string
		for _, l := range strings.Split(screen(a), "\n") {
			if strings.HasPrefix(l, "│") {
				body = append(body, l)
			}
		}
		text := strings.Join(body, "\n")
		if n := len(regexp.MustCompile(`(^|[ │/])esc([ /]|$)`).FindAllString(text, -1)); n != 1 {
			t.Errorf("%dx%d: esc listed %d times in Produce's help:\n%s", size[0], size[1], n, screen(a))
		}
		if regexp.MustCompile(`(^|[ │])p +produce`).MatchString(text) {
			t.Errorf("%dx%d: Produce's help lists p produce:\n%s", size[0], size[1], screen(a))
		}
	}
}
