package ui

import (
	"context"
	"fmt"
	"regexp"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
)

// twinsFeeds are groups for the property below: long names and short,
// two pairs of groups that read one topic alike (twins: one shape), one
// group stopped, all on 30 partitions, as kcat -G groups on a cluster of
// 30-partition topics (ut32b Zb10).
var twinsFeeds = []sideGroupFeed{
	{zb10Groups[0].id, "a", 30, true},
	{zb10Groups[1].id, "a", 30, true},
	{zb10Groups[2].id, "b", 30, true},
	{"kcat-g4", "orders", 30, false},
	{zb10Groups[4].id, "c", 30, true},
	{"kcat-g6", "orders", 30, true},
}

var hostRe = regexp.MustCompile(`^\s*\S+:\d+\s*$|^\s*\S*…\S*:\d+\s*$`)

// twinsFault is what one screen breaks of the rule columns share width
// by, or "": a column cuts a member's host while another shows one whole
// with cells to spare beside it (the width it pads is the cut one's);
// a column hides lines (`… N more lines`, `… +N lines ↓`) with a blank
// line above that; a column cuts a host, a client id or a topic while
// another has a blank cell on every line (sideCutBeside, under the
// headings).
func twinsFault(cols [][]string) string {
	cut, spare := -1, -1
	for i, col := range cols {
		for _, l := range col {
			if !hostRe.MatchString(l) {
				continue
			}
			if strings.Contains(l, "…") {
				cut = i
			} else if len([]rune(l)) > len(strings.TrimSpace(l)) { // whole, with a blank cell: the cell the cut one lacks
				spare = i
			}
		}
	}
	if cut >= 0 && spare >= 0 {
		return fmt.Sprintf("column %d cuts a host beside column %d padding one", cut, spare)
	}
	for i, col := range cols {
		last := col[len(col)-1]
		if !strings.Contains(last, "↓") {
			continue
		}
		for y, l := range col[:len(col)-1] {
			if strings.TrimSpace(l) == "" {
				return fmt.Sprintf("column %d hides lines below a blank line %d", i, y)
			}
		}
	}
	under := make([][]string, len(cols)) // the data: a name cut in its heading, cut in every column as narrow, is not
	for i, col := range cols {
		under[i] = append([]string{strings.Repeat("x", len([]rune(col[0])))}, col[1:]...)
	}
	return sideCutBeside(under)
}

// Side by side, two to six groups of 30 partitions at 80x24 through
// 200x50 share the width by one rule (ut32b Zb10: at 80x24 one column cut
// its member's host, `127.0.…1:40326`, while another padded its own, a
// partition on one line there and on two in the others): no host cut
// beside one padded, no blank line above hidden lines, nothing cut beside
// a column blank on every line, through bursts.
func TestSideViewTwinsShareOneRule(t *testing.T) {
	for n := 2; n <= len(twinsFeeds); n++ {
		for _, sz := range []struct{ w, h int }{{80, 24}, {100, 30}, {120, 40}, {200, 50}} {
			t.Run(fmt.Sprintf("%d-groups-%dx%d", n, sz.w, sz.h), func(t *testing.T) {
				c := newSideCluster(twinsFeeds[:n])
				a := New(&Common{Ctx: context.Background(), Store: c.store, Now: func() time.Time { return fixedNow }, Cluster: Cluster{Name: "x"}})
				a.Update(tea.WindowSizeMsg{Width: sz.w, Height: sz.h})
				press(a, "5", "z")
				for range n {
					press(a, "space")
				}
				press(a, "enter")
				for k, burst := range []bool{true, false, true} {
					c.poll(burst)
					a.Update(tea.WindowSizeMsg{Width: sz.w, Height: sz.h})
					s := screen(a)
					if bad := twinsFault(sideColumns(s)); bad != "" {
						t.Fatalf("poll %d: %s:\n%s", k, bad, s)
					}
					if k == 0 && n == 5 && sz.w == 80 {
						golden(t, "groups-side-twins-80x24-5", s)
					}
				}
			})
		}
	}
}
