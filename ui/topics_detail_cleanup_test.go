package ui

import (
	"regexp"
	"testing"
)

// ut38a-14: the topic's detail said its cleanup policy as a bare
// `delete`, on a screen where `D` deletes the topic: it says what the
// policy and the retention do together, `kept 7d then deleted`, at
// every size, in no more cells than before.
func TestTopicDetailNamesItsCleanupPolicy(t *testing.T) {
	bare := regexp.MustCompile(`(^|[│·] *)delete( ·|  | *│|$)`)
	for _, size := range [][2]int{{80, 24}, {200, 50}} {
		a := demoTopicsApp(t, size[0], size[1])
		act(a, "8", "z", "enter")
		got := screen(a)
		if !regexp.MustCompile(`[·│] ?kept 7d then deleted`).MatchString(got) || bare.MatchString(got) {
			t.Errorf("%v: the detail does not say `kept 7d then deleted`:\n%s", size, got)
		}
	}
}
