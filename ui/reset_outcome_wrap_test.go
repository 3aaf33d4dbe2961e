package ui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/washboard/washboard/model"
)

// ut31 Y4: a reset's outcome broke between a partition and its change,
// so line by line `9→135` read as the next partition's: every change
// stays on the line of the partition it changed, at every width.
func TestResetOutcomeKeepsEachChangeWithItsPartition(t *testing.T) {
	topic := "warehouse.inventory.stock-level-adjustments.ap-south-1.v2"
	plan := model.ResetPlan{Group: "inventory-adjustment-projector-consumer-group-ap-south-secondary",
		Target: model.ResetTarget{Kind: model.ResetLatest}}
	for p := range 6 {
		plan.Rows = append(plan.Rows, model.ResetRow{TP: model.TP{Topic: topic, Partition: p}, Current: int64(9 + 2*p), New: int64(135 + 30*p)})
	}
	text := plan.Summary(outcomeParts) + " (read back: every partition holds)"
	for _, w := range []int{50, 78, 120, 198} {
		lines := wrapChanges(text, w)
		for i, l := range lines {
			if ansi.StringWidth(l) > w {
				t.Errorf("%d: line %q wider than the box", w, l)
			}
			for _, word := range strings.Fields(l) {
				if strings.Contains(word, "→") && strings.HasPrefix(l, word) {
					t.Errorf("%d: line %d starts with a change %q, away from its partition:\n%s", w, i, word, strings.Join(lines, "\n"))
				}
			}
		}
	}
}
