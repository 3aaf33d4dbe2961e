package ui

import (
	"strconv"
	"strings"

	"github.com/washboard/washboard/model"
)

// readBackHolds is what a reset's outcome says once its offsets are read
// back as written (ApplyReset fails where one does not hold).
const readBackHolds = " (read back: every partition holds)"

// resetOutcome is a reset's outcome on screen. Under its preview's table
// (tableShown) it says only that the rows above hold: the table says each
// change already (ut32a Za4: the table's heading and every row said again
// below it). In the table's place it says every change, a topic named
// once before its partitions (`orders/0 9→54 /1 9→54`), so 24 partitions
// of a long topic are read whole in a few lines of an 80x24 box.
// Rows already at their new offset are counted apart: they are written
// again but did not move (ut40b-6: `24→24` counted as reset).
func resetOutcome(p model.ResetPlan, tableShown bool) string {
	if !tableShown {
		return resetChanges(p, len(p.Rows)) + readBackHolds
	}
	moved := 0
	for _, r := range p.Rows {
		if r.Moves() {
			moved++
		}
	}
	var said string
	switch {
	case len(p.Rows) == 1:
		said = "reset the partition above to its new offset"
	case moved == len(p.Rows):
		said = "reset the " + strconv.Itoa(len(p.Rows)) + " partitions above to their new offsets"
	default:
		said = "reset " + strconv.Itoa(moved) + " of the " + strconv.Itoa(len(p.Rows)) + " partitions above to their new offsets, " + alreadyThere(len(p.Rows)-moved)
	}
	return said + readBackHolds
}

// alreadyThere says how many partitions of a reset were already at their
// new offset.
func alreadyThere(n int) string {
	if n == 1 {
		return "1 already there"
	}
	return strconv.Itoa(n) + " already there"
}

// resetChanges is a reset's changes in a line, for the outcome and the
// event log: its group, scope and target, then each partition's
// old→new, a topic named once before its partitions (`orders/0 9→54 /1
// 9→54`), up to limit partitions then "and N more". It starts as
// model.ResetPlan.Summary does, which is how the event log tells a reset
// (the rebalance log at 80x24 cut a 6-partition reset after its first
// partition where the topic said six times took nine lines: ut32b Zb9).
//
// Partitions already at their new offset are not listed as changes but
// counted at the end (`, 1 already there`; ut40b-6).
func resetChanges(p model.ResetPlan, limit int) string {
	var b strings.Builder
	b.WriteString("reset offsets of " + p.Group + " on " + p.Scope.String() + " to " + p.Target.String() + ":")
	var rows []model.ResetRow
	for _, r := range p.Rows {
		if r.Moves() {
			rows = append(rows, r)
		}
	}
	for i, r := range rows {
		if i == limit {
			b.WriteString(" and " + strconv.Itoa(len(rows)-limit) + " more")
			break
		}
		cur := "none" // no commit before: `-→274` read as a shift of -274 (ut34b-20)
		if r.Current >= 0 {
			cur = model.Thousands(r.Current)
		}
		b.WriteString(" ")
		if i == 0 || r.Topic != rows[i-1].Topic {
			b.WriteString(r.Topic)
		}
		b.WriteString("/" + strconv.Itoa(r.Partition) + " " + cur + "→" + model.Thousands(r.New))
	}
	if n := len(p.Rows) - len(rows); n > 0 {
		b.WriteString(", " + alreadyThere(n))
	}
	return b.String()
}
