package ui

import (
	"fmt"
	"slices"
	"testing"
)

// A group action listed in Groups' help and in Partitions' says the same
// words in both, at every size and on both clusters (ut40b-2: `o reset
// offsets: preview, then type its name` in Groups, `o reset offsets` in
// Partitions).
func TestHelpGroupActionsWordedAlikeInEveryPane(t *testing.T) {
	shared := []string{"o", "O", "r", "/", "n", "+/-", "[/]", "x"}
	for _, size := range [][2]int{{80, 24}, {200, 50}} {
		for _, cluster := range []string{"demo", "foreign"} {
			words := map[string]string{}
			for _, pane := range []int{paneGroups + 1, panePartitions + 1} {
				a := helpApp(t, cluster, pane, size[0], size[1])
				for _, g := range a.helpKeys().groups() {
					for _, b := range g {
						h := b.Help()
						if !slices.Contains(shared, h.Key) {
							continue
						}
						if was, ok := words[h.Key]; ok && was != h.Desc {
							t.Errorf("%s %dx%d: %q is %q in one pane, %q in %s", cluster, size[0], size[1], h.Key, was, h.Desc, fmt.Sprint(pane))
						}
						words[h.Key] = h.Desc
					}
				}
			}
		}
	}
}
