package ui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// A topic's partitions table in a narrow box leaves out an isr equal to
// the replicas on every partition and a low watermark the same on every
// one before it cuts the rate (ut28a U12: `r…` and `0…` in the 80x24
// grid's 36-cell box beside `isr` repeating `replicas` and `low` 0 on 40
// partitions); an isr that differs somewhere stays.
func TestTopicDetailPartitionsKeepTheRate(t *testing.T) {
	heads := []string{"part", "leader", "replicas", "isr", "low", "high", "rate"}
	rows := func(isr2 string) [][]string {
		var out [][]string
		for i := range 40 {
			isr := "2,0,1"
			if i == 7 {
				isr = isr2
			}
			out = append(out, []string{itoa(i), "2", "2,0,1", isr, "0", "3", "12.5/s"})
		}
		return out
	}
	st := NewStyles(true)
	for _, tc := range []struct {
		isr7     string
		w        int
		wantHead string
	}{{"2,0,1", 36, "part leader replicas low high rate"}, {"!2,0", 38, "part leader replicas isr high rate"}} {
		h, r := partsPlainOut(tc.w, heads, rows(tc.isr7))
		got := table(st, tc.w, h, r)
		if head := strings.Join(strings.Fields(ansi.Strip(got[0])), " "); head != tc.wantHead || strings.Contains(ansi.Strip(got[1]), "…") {
			t.Errorf("isr of partition 7 %q: heading %q, first row %q; want %q and no cut", tc.isr7, head, ansi.Strip(got[1]), tc.wantHead)
		}
	}
}
