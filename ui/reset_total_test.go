package ui

import (
	"strings"
	"testing"

	"github.com/washboard/washboard/model"
)

// The reset preview's total says a partition with no commit as its row
// does (`-`), in the Groups list's words, never a lag of 0 (ut21a K7-4:
// "1 partition: lag 0 now" under a row reading -).
func TestResetPreviewTotalOfPartitionsNotCommitted(t *testing.T) {
	row := func(p int, cur, high int64) model.ResetRow {
		return model.ResetRow{TP: model.TP{Topic: "orders", Partition: p}, Current: cur, New: 0, High: high}
	}
	for _, tc := range []struct {
		name string
		rows []model.ResetRow
		want string
	}{
		{"none committed", []model.ResetRow{row(3, -1, 0)}, "1 partition: lag - now (1 partition not committed), 0 after"},
		{"some committed", []model.ResetRow{row(0, 90, 100), row(1, -1, 40)}, "2 partitions: lag 10+ now (1 partition not committed), 140 after"},
		{"all committed", []model.ResetRow{row(0, 90, 100), row(1, 35, 40)}, "2 partitions: lag 15 now, 140 after"},
		// ut28a U9: a group committed past the end, in words, not "-4,000"
		{"committed past the end", []model.ResetRow{row(0, 2000, 0), row(1, 2000, 0)}, "2 partitions: lag ahead 4,000 now, 0 after"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			lines := resetPreview(model.ResetPlan{Group: "g", Rows: tc.rows})
			if got := lines[len(lines)-1]; got != tc.want {
				t.Errorf("total %q, want %q\n%s", got, tc.want, strings.Join(lines, "\n"))
			}
		})
	}
}
