package ui

import (
	"strings"
	"testing"
	"time"

	"github.com/washboard/washboard/model"
)

// A partition a reset leaves where it was is no change: the outcome
// counts it apart and the event log's line does not list `24→24`; a time
// after a partition's newest record says the log end, in a time's words
// (ut40b-6: `24→24` listed as reset, no clamp note).
func TestResetSaysPartitionsThatDoNotMoveApart(t *testing.T) {
	long := "acme.payments.settlement-events.us-east-1.v2"
	plan := model.ResetPlan{Group: "settle", Target: model.ResetTarget{Kind: model.ResetTime, At: fixedNow.Add(-time.Minute)}, Rows: []model.ResetRow{
		{TP: model.TP{Topic: long, Partition: 4}, Current: 24, New: 24, Low: 0, High: 24, Clamped: true},
		{TP: model.TP{Topic: "audit", Partition: 0}, Current: 126, New: 254, Low: 0, High: 300},
	}}
	tests := []struct {
		name, got string
		want      []string
		not       []string
	}{
		{"outcome under the table", resetOutcome(plan, true), []string{"reset 1 of the 2 partitions above to their new offsets, 1 already there"}, nil},
		{"outcome in the table's place", resetOutcome(plan, false), []string{"audit/0 126→254, 1 already there"}, []string{"24→24"}},
		{"event log", resetChanges(plan, 10), []string{"audit/0 126→254, 1 already there"}, []string{"24→24"}},
		{"preview", strings.Join(resetPreviewAt(plan, 0), "\n"), []string{"us-east-1.v2/4       24   24          0 (clamped to the log end)"}, nil},
		{"narrow preview", strings.Join(resetPreviewAt(plan, 44), "\n"), []string{"log end: the time is after the newest record"}, nil},
	}
	for _, tc := range tests {
		for _, w := range tc.want {
			if !strings.Contains(tc.got, w) {
				t.Errorf("%s: want %q in\n%s", tc.name, w, tc.got)
			}
		}
		for _, n := range tc.not {
			if strings.Contains(tc.got, n) {
				t.Errorf("%s: %q listed as a change:\n%s", tc.name, n, tc.got)
			}
		}
	}
	all := plan
	all.Rows = plan.Rows[1:]
	if got := resetOutcome(all, true); got != "reset the partition above to its new offset"+readBackHolds {
		t.Errorf("one partition moved: %q", got)
	}
}
