package ui

import (
	"strings"
	"testing"
)

// ut39-8, ut38b-15: with `r` and the cursor on a topic's row, the 80x24
// grid's Partitions showed the topic's row over blank lines, its group
// rows pushed out of the box (a next row's reason that did not fit
// whole left the row out); under a filter the box emptied the same way.
// A row shows while its own line fits, its reason cut to the lines left;
// a topic's row adds no line of its own.
func TestPartitionsReasonsKeepTheRowsTheyExplain(t *testing.T) {
	const topic = "payments.settlement.eu-west-1.card-network-reconciliation-events.v3"
	const group = "settlement-reconciler-eu-west-1-primary-consumer-group-name-xyz"
	for _, tc := range []struct {
		name string
		keys []string
	}{
		{"grid", []string{"4", "r"}},
		{"filtered", []string{"4", "/", "type:payments", "enter", "r"}},
	} {
		for _, h := range []int{18, 19, 20, 21, 22, 23, 24} {
			a := demoApp(t, lagByStore(t, topic, 100, group, "ledger-audit"), 80, h)
			do(a, tc.keys...)
			box := paneBox(a, "─ 4 Partitions")
			if len(box) < 4 { // no room for a row under the heading at this height
				continue
			}
			rows := box[2 : len(box)-1] // under the heading, above the bottom border
			for i, r := range rows {
				if strings.TrimSpace(strings.Trim(r, "│")) == "" {
					t.Errorf("%s 80x%d: line %d of the box is blank with rows to show:\n%s", tc.name, h, i+1, strings.Join(box, "\n"))
				}
			}
			if len(rows) >= 2 && !strings.Contains(strings.Join(rows, "\n"), "↳") {
				t.Errorf("%s 80x%d: no group row under the topic:\n%s", tc.name, h, strings.Join(box, "\n"))
			}
		}
	}
}
