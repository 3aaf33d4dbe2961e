package ui

import (
	"context"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/washboard/washboard/model"
)

// The rebalance log wraps at spaces, never inside a name (ut16a D20:
// `laundry-machine-` / `logs[4,5]`), and shows whole entries only, the
// newest kept (ut16b E15: the oldest shown cut with … while the same
// words wrapped whole two lines lower), at every width.
func TestRebalanceLogWrapsWholeWordsAndWholeEntries(t *testing.T) {
	var events []model.Rebalance
	for i := range 6 {
		events = append(events,
			model.Rebalance{At: fixedNow.Add(time.Duration(2*i) * time.Second), Group: "washboard-demo-1", Kind: "assignment",
				Detail: "washboard-demo-1-m1: laundry-machine-logs[0,1,2,3,4,5] → laundry-machine-logs[4,5]"},
			model.Rebalance{At: fixedNow.Add(time.Duration(2*i+1) * time.Second), Group: "washboard-demo-1", Kind: "generation",
				Detail: "bumped to 3 after a member left the group, its partitions moved to the others"})
	}
	words := map[string]bool{}
	for _, e := range events {
		for _, w := range strings.Fields(e.Group + " " + e.Kind + " " + e.Detail) {
			words[w] = true
		}
	}
	for w := 44; w <= 200; w += 3 { // from where the longest name fits a line
		for _, rows := range []int{3, 5, 8, 13} {
			lines := rebalanceLines(NewStyles(true), events, w, rows)
			if len(lines) > rows {
				t.Fatalf("w %d rows %d: %d lines", w, rows, len(lines))
			}
			if n := rebalanceRows(events, w, rows); n != len(lines) {
				t.Errorf("w %d rows %d: rebalanceRows says %d, rebalanceLines drew %d", w, rows, n, len(lines))
			}
			entries, cut := 0, false
			for _, l := range lines {
				plain := ansi.Strip(l)
				if ansi.StringWidth(plain) > w {
					t.Fatalf("w %d: line %q is %d cells", w, plain, ansi.StringWidth(plain))
				}
				fields := strings.Fields(plain)
				if !strings.HasPrefix(plain, " ") {
					entries++
					fields = fields[1:] // the time
				}
				for _, f := range fields {
					if f == "…" {
						cut = true
						continue
					}
					if !words[f] {
						t.Errorf("w %d rows %d: %q is no whole word of an entry (cut inside a name?):\n%s", w, rows, f, strings.Join(lines, "\n"))
					}
				}
			}
			if cut && entries > 1 {
				t.Errorf("w %d rows %d: an entry cut with … beside whole ones:\n%s", w, rows, strings.Join(lines, "\n"))
			}
			if strings.HasPrefix(ansi.Strip(lines[0]), " ") { // whole entries: the first line is an entry's
				t.Errorf("w %d rows %d: the log does not start with an entry's time:\n%s", w, rows, strings.Join(lines, "\n"))
			}
		}
	}
}

// Side by side with room to spare, two groups of the same content get
// columns of the same width (ut16a D6: 28 and 90 cells, the spare all
// left to the last), in the grid and zoomed.
func TestSideViewSparesEvenly(t *testing.T) {
	for _, zoom := range []bool{false, true} {
		a := New(&Common{Ctx: context.Background(), Store: sideStore(), Now: func() time.Time { return fixedNow }, Cluster: Cluster{Name: "x"}})
		a.Update(tea.WindowSizeMsg{Width: 200, Height: 50})
		keys := []string{"5", "space", "space", "space", "enter"}
		if zoom {
			keys = []string{"5", "z", "space", "space", "space", "enter"}
		}
		press(a, keys...)
		s := screen(a)
		var row string
		for _, l := range strings.Split(s, "\n") {
			if strings.Contains(l, "│g1 ") && strings.Contains(l, "│live-orders-consumer ") {
				row = l
			}
		}
		cells := strings.Split(ansi.Strip(row), "│")
		var g1, live int
		for _, c := range cells {
			switch strings.TrimSpace(c) {
			case "g1":
				g1 = ansi.StringWidth(c)
			case "live-orders-consumer":
				live = ansi.StringWidth(c)
			}
		}
		if g1 == 0 || live == 0 || live-g1 > 1 || g1-live > 1 {
			t.Errorf("zoom %v: g1's column %d cells, live-orders-consumer's %d (same content, want within a cell): %q\n%s", zoom, g1, live, row, s)
		}
	}
}
