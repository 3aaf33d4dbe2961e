package ui

import (
	"regexp"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/washboard/washboard/model"
)

// topicHeadText is a Partitions topic heading as the pane writes it.
var topicHeadText = regexp.MustCompile(`^[▸ ]?\S+ \(\d+\)`)

// ut42a-6: in the demo's 80x24 grid the Partitions box holds two rows,
// and the rule that a page starting among a topic's partitions and
// groups is headed by its topic left out pages of fewer than three rows
// (and every page with reasons): `j` to the end showed `0`, `1` of
// rider-updates under no topic's name. Over every cursor position down a
// generated list and back up, in boxes of one to six rows, 38 and 78
// cells wide, with and without reasons (`r`), the first line under the
// column headings (on a page of one row, in their place) names a topic,
// the border counts the rows shown (not the heading's line), and the
// cursor's row is on the page.
func TestPartitionsEveryPageNamesItsTopic(t *testing.T) {
	topics := []crossTopic{
		{name: "laundry-machine-logs", parts: 6, high: 150, step: 14, groups: []string{"washboard-demo-1"}, lag: 170, lagAdd: 2},
		{name: "rider-updates", parts: 2, high: 900, step: 4, groups: []string{"washboard-demo-2"}, lag: 30, lagAdd: 1},
		{name: "Student", parts: 3, high: 60, step: 1},
	}
	for _, w := range []int{38, 78} {
		for _, rows := range []int{1, 2, 3, 4, 6} {
			for _, reasons := range []bool{false, true} {
				s, a := crossApp(t, topics, [2]int{200, 50}, false)
				crossPoll(s, 1, topics)
				crossPoll(s, 2, topics)
				a.version = s.Version()
				p := a.panes[panePartitions].(*PartitionsPane)
				if reasons {
					press(a, "r")
				}
				p.SetSize(w, rows+1)
				s.Read(func(st *model.State) { p.Snapshot(st, fixedNow) })
				keys := append(strings.Split(strings.Repeat("j", 30), ""), strings.Split(strings.Repeat("k", 30), "")...)
				for i, k := range keys {
					press(a, k)
					s.Read(func(st *model.State) { p.Snapshot(st, fixedNow) })
					lines := p.Lines(true)
					// under the column headings, or, on a page of one row
					// among a topic's rows, in their place
					named := func(i int) bool { return len(lines) > i && topicHeadText.MatchString(ansi.Strip(lines[i])) }
					page := strings.Join(lines, "\n")
					if !named(1) && (rows > 1 || !named(0)) {
						t.Fatalf("%d wide, %d rows, reasons %v, key %d (%s) cursor %d offset %d: the page starts under no topic:\n%s", w, rows, reasons, i, k, p.scroll.cursor, p.scroll.offset, ansi.Strip(page))
					}
					if pos, want := p.position(), rowsShown(p.scroll.offset+1, p.scroll.offset+len(p.frame.rows), p.rows); pos != "" && pos != want {
						t.Fatalf("%d wide, %d rows, reasons %v, key %d: the border says %s of a page showing %s:\n%s", w, rows, reasons, i, pos, want, ansi.Strip(page))
					}
					if !hasSelected(a) {
						t.Fatalf("%d wide, %d rows, reasons %v, key %d: the cursor's row is off the page:\n%s", w, rows, reasons, i, ansi.Strip(page))
					}
				}
			}
		}
	}
}
