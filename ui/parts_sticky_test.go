package ui

import (
	"regexp"
	"strings"
	"testing"
)

// topicHeadLine is a Partitions topic heading as the box draws it.
var topicHeadLine = regexp.MustCompile(`^│[▸ ]?\S+ \(\d+\)`)

// Scrolled down a topic's partitions and groups, the page's first row
// is that topic's heading: rows read `0`, `1` under no topic's name
// (ut40a-6, ut40b-22, ut41-4). Over every cursor position down the list
// and back up, at 80x24 and 200x50, grid and zoomed, the row under the
// column headings names a topic, and the cursor's row is on the page.
func TestPartitionsPageStartsWithItsTopic(t *testing.T) {
	topics := []crossTopic{
		{name: "laundry-machine-logs", parts: 12, high: 150, step: 14, groups: []string{"washboard-demo-1"}, lag: 170, lagAdd: 2},
		{name: "rider-updates", parts: 24, high: 900, step: 4},
	}
	for _, size := range [][2]int{{80, 24}, {200, 50}} {
		for _, zoom := range []bool{false, true} {
			s, a := crossApp(t, topics, size, zoom)
			crossPoll(s, 1, topics)
			crossPoll(s, 2, topics)
			a.version = s.Version()
			keys := append(strings.Split(strings.Repeat("j", 60), ""), strings.Split(strings.Repeat("k", 60), "")...)
			for i, k := range keys {
				press(a, k)
				box := paneBox(a, "─ 4 Partitions")
				if len(box) < 4 {
					t.Fatalf("%dx%d zoom=%v: no rows:\n%s", size[0], size[1], zoom, screen(a))
				}
				if !topicHeadLine.MatchString(box[2]) {
					t.Fatalf("%dx%d zoom=%v key %d (%s): the page starts under no topic:\n%s", size[0], size[1], zoom, i, k, strings.Join(box, "\n"))
				}
				if !hasSelected(a) {
					t.Fatalf("%dx%d zoom=%v key %d: the cursor's row is off the page:\n%s", size[0], size[1], zoom, i, strings.Join(box, "\n"))
				}
			}
		}
	}
}

// hasSelected reports whether the Partitions page holds its cursor's row.
func hasSelected(a *App) bool {
	p := a.panes[panePartitions].(*PartitionsPane)
	return p.scroll.cursor >= p.scroll.offset && p.scroll.cursor < p.scroll.offset+len(p.frame.rows)
}
