package ui

import (
	"regexp"
	"strings"
	"testing"
)

// ut40b-10, ut40b-22, ut41-18, ut41-12: in the 80x24 grid a partition
// row read only its number (`  0` and 35 blank cells), `high` and
// `rate` gone for the group names' cells, and the rate went mid-run as
// a lag reached 1,000 while lag and health kept blank cells. Over polls
// whose offsets and lags grow through several digit groups, with one
// group reading the topic and with none, every partition row must say a
// figure beside its number, and once the groups' figures are in, a
// column shown must not go while the box keeps its width. The last frame
// is pinned as a golden.
func TestPartitionRowsSayAFigureAsFiguresGrow(t *testing.T) {
	partRow := regexp.MustCompile(`^│  \d+ `)
	for _, c := range []struct {
		name   string
		groups []string
	}{{"one-group", []string{"settlement-reconciler"}}, {"no-group", nil}} {
		topics := []crossTopic{{name: "acme.payments.settlement-events.us-west-1.v2", parts: 12, high: 60, step: 10,
			groups: c.groups, lag: 1, lagAdd: 3}}
		s, a := crossApp(t, topics, [2]int{80, 24}, false)
		var shown []string
		for i := 1; i <= 400; i += 3 {
			crossPoll(s, i, topics)
			a.version = s.Version()
			box := paneBox(a, "─ 4 Partitions")
			if len(box) < 3 {
				t.Fatalf("%s: no Partitions box:\n%s", c.name, screen(a))
			}
			for _, row := range box[2 : len(box)-1] {
				if partRow.MatchString(row) && len(strings.Fields(strings.Trim(row, "│"))) < 2 {
					t.Errorf("%s poll %d: a partition row says only its number\n%s", c.name, i, strings.Join(box, "\n"))
				}
			}
			words, _ := headingCols(box[1])
			if i < 4 {
				shown = words
				continue
			}
			if got := strings.Join(words[1:], " "); got != strings.Join(shown[1:], " ") {
				t.Errorf("%s poll %d: the columns changed as figures grew: %q, were %q\n%s", c.name, i, got, strings.Join(shown[1:], " "), strings.Join(box, "\n"))
			}
		}
		golden(t, "parts-rows-said-"+c.name+"-80x24", strings.Join(paneBox(a, "─ 4 Partitions"), "\n"))
	}
}
