package ui

import (
	"strings"
	"testing"
)

// A record's topic in its details wraps at a name boundary, as names wrap
// everywhere: `warehouse-inventory-adjustments-stream-fr` / `om-north-…`
// was cut inside a word at 80x24 (ut22b N12).
func TestLogDetailTopicWrapsAtANameBoundary(t *testing.T) {
	const topic = "warehouse-inventory-adjustments-stream-from-north-depot-v2"
	for _, w := range []int{50, 40, 30} {
		lines := wrapName("topic     ", topic, w)
		var got []string
		for _, l := range lines {
			got = append(got, strings.TrimSpace(strings.TrimPrefix(l, "topic")))
		}
		if strings.Join(got, "") != topic {
			t.Fatalf("width %d: %q does not read the topic whole", w, got)
		}
		for _, l := range got[:len(got)-1] {
			if !strings.HasSuffix(l, "-") {
				t.Errorf("width %d: a line ends inside a word: %q", w, got)
			}
		}
	}
}
