package ui

import (
	"regexp"
	"slices"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"github.com/washboard/washboard/ui/draw"
)

// Side by side, topics cut in the middle in two columns keep about as
// many cells in each: a column does not cut its topic to a few cells
// beside a column that keeps three times as many and blank cells besides
// (a user test, ut32b Zb4: at 80x24 `ware…-1.v2` in a 33-cell column
// beside `warehous…ral-1.v2` and 9 blank cells in a 44-cell one).

// cutTopicRe is a partition line whose topic is cut: the topic's cells
// before its `/N`.
var cutTopicRe = regexp.MustCompile(`^\s*(\S*` + draw.Ellipsis + `\S*)/\d+ `)

// topicKept is the fewest cells a cut topic keeps on column j's partition
// lines at w cells, or 0: no topic cut on them.
func topicKept(sc *sideCoster, j, w int) int {
	least := 0
	for _, l := range groupColumn(sc.sty, &sc.cols[j], w, sideSparkNeed, sc.reasons, sc.rows) {
		if m := cutTopicRe.FindStringSubmatch(ansi.Strip(l)); m != nil {
			if k := draw.Width(m[1]); least == 0 || k < least {
				least = k
			}
		}
	}
	return least
}

// cutsEvened runs evenCuts on the snapshot's columns at widths, once
// topicsAlike has said whether they cut their topics; it says whether a
// cell moved.
func cutsEvened(sty *Styles, cols []sideGroup, widths []int, reasons bool, rows, w int) bool {
	sc := &sideCoster{sty: sty, cols: cols, reasons: reasons, rows: rows}
	var live []int
	cuts := 0
	for i := range cols {
		if i < len(widths) && cols[i].found {
			live = append(live, i)
			if topicKept(sc, i, widths[i]) > 0 {
				cuts++
			}
		}
	}
	if cuts == 0 || len(live) < 2 { // nothing to even: the frame pays no more
		return false
	}
	same := make([]string, len(live))
	for j, i := range live {
		same[j] = sideShape(strings.Join(groupColumn(sty, &cols[i], w, sideSparkNeed, reasons, rows)[1:], "\n"))
	}
	was := slices.Clone(widths)
	evenCuts(sc, widths, live, same)
	return !slices.Equal(was, widths)
}

// evenCuts moves cells, in place, to the live column whose cut topic
// keeps the fewest cells from the column whose keeps the most (or from
// one with no topic cut), one at a time, where the giver then shows the
// same lines, cuts and ages and its topic still keeps at least what the
// taker's does, the taker shows no less, and the taker's content is its
// own (columns alike stay alike: ut26 S4).
func evenCuts(sc *sideCoster, widths, live []int, same []string) {
	for range 64 {
		t, tk := -1, 0
		for j, i := range live {
			if k := topicKept(sc, i, widths[i]); k > 0 && !sharedShape(same, j) && (t < 0 || k < tk) {
				t, tk = i, k
			}
		}
		if t < 0 {
			return
		}
		more := topicKept(sc, t, widths[t]+1)
		now, wider := sc.cost(t, widths[t]), sc.cost(t, widths[t]+1)
		if more <= tk || wider.lines > now.lines || wider.cuts > now.cuts || wider.lost > now.lost {
			return
		}
		from, fk := -1, 0
		for _, g := range live {
			if g == t || widths[g]-1 < minSideName {
				continue
			}
			was, less := sc.cost(g, widths[g]), sc.cost(g, widths[g]-1)
			if !less.same(was) || less.tails != was.tails || less.lost != was.lost {
				continue
			}
			k := topicKept(sc, g, widths[g]-1)
			if k > 0 && k < more {
				continue
			}
			if from < 0 || k == 0 && fk > 0 || (k > fk) == (fk > 0) && k != 0 {
				from, fk = g, k
			}
		}
		if from < 0 {
			return
		}
		widths[from]--
		widths[t]++
	}
}
