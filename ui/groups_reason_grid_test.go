package ui

import (
	"strings"
	"testing"

	"github.com/washboard/washboard/model"
)

// stalledPairStore is groupPairStore with washboard-demo-1's offset
// still at 5,000 while the log grows (a STALL reason of three lines at
// 80x24's grid), washboard-demo-2 keeping up.
func stalledPairStore(topic string, polls int) *model.Store {
	return groupPairStore(topic, polls, 100, func(int64) int64 { return 5000 }, func(high int64) int64 { return high })
}

// In the 80x24 grid's Groups box `r` writes the cursor's reason whole,
// wrapped, its topic whole where a line holds it, the heading's line
// given to it where the box is too short for the row and its reason:
// the reason was cut to `…/0 (+5 STOP): no progress for 5m…` beside
// blank cells (ut39-16, ut38a-30, ut36a-29). And `2 marked` stays in the
// border while the groups are marked: the position (`1-1/2`) took its
// place (ut39-16).
func TestGroupsGridReasonWholeAndMarksKept(t *testing.T) {
	for _, topic := range []string{"laundry-machine-logs", "laundry-machine-logs-eu-west-1"} {
		for _, h := range []int{24} {
			a := realApp(t, stalledPairStore(topic, 8), 80, h)
			press(a, "5", "space", "space", "k", "r")
			got := screen(a)
			rows := boxRows(t, got, "5 Groups")
			var lines []string
			for _, r := range rows {
				if !strings.Contains(r, "washboard-demo-") && !strings.Contains(r, " group ") {
					lines = append(lines, strings.TrimSpace(r))
				}
			}
			reason := strings.Join(lines, " ")
			if !strings.HasPrefix(reason, topic+"/0: ") || strings.Contains(reason, "…") {
				t.Errorf("%s 80x%d: the reason is not whole, its topic with it: %q\n%s", topic, h, reason, got)
			}
			border := ""
			for _, l := range strings.Split(got, "\n") {
				if strings.Contains(l, " 5 Groups ") {
					border = l
				}
			}
			if !strings.Contains(border, "2 marked") {
				t.Errorf("%s 80x%d: the border lost `2 marked`: %s", topic, h, border)
			}
		}
	}
}
