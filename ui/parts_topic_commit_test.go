package ui

import (
	"strings"
	"testing"
)

// ut35-19: a topic's group row in Partitions read `committed 60`, the
// sum of three partitions' committed offsets (22+23+15), which is no
// offset of any partition. The topic's group row says its lag, rate and
// health and no committed offset; each partition's group row keeps its
// own. Here the group commits 80, 81 and 82 on the topic's three
// partitions (sum 243), at every size, grid and zoomed.
func TestPartitionsTopicGroupRowSumsNoOffsets(t *testing.T) {
	topics := []crossTopic{{name: "orders.eu-west.v2", parts: 3, high: 100, groups: []string{"billing"}, lag: 20}}
	for _, size := range [][2]int{{80, 24}, {200, 50}} {
		for _, zoom := range []bool{false, true} {
			box := crossPartitions(t, topics, 3, size, zoom)
			topicRow, partRows := "", 0
			for _, l := range box {
				switch {
				case strings.Contains(l, "│ ↳ billing"):
					topicRow = l
				case strings.Contains(l, "  ↳ billing") && strings.Contains(l, " 8"):
					partRows++
				}
			}
			if topicRow == "" {
				t.Fatalf("%v zoom=%v: no topic group row\n%s", size, zoom, strings.Join(box, "\n"))
			}
			if strings.Contains(topicRow, "243") {
				t.Errorf("%v zoom=%v: the topic's group row sums the committed offsets: %q", size, zoom, topicRow)
			}
			for _, want := range []string{"60"} { // its lag (3 x 20) stays
				if !strings.Contains(topicRow, want) {
					t.Errorf("%v zoom=%v: the topic's group row lost %q: %q", size, zoom, want, topicRow)
				}
			}
			if zoom && partRows == 0 {
				t.Errorf("%v: no partition's group row shows its own committed offset\n%s", size, strings.Join(box, "\n"))
			}
		}
	}
}
