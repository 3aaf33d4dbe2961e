package ui

import (
	"regexp"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// The applied filter's line is read whole: its keys go first, then it
// wraps; and the border counts the matches in one form, grid or zoomed
// (ut25a Q11: `filter topic=fraud-scores-avro-ut25a  (/ edit · es…` cut
// in the 80x24 grid above free rows; `0/10,000 match` in the grid,
// `0 / 10,000 match` zoomed).
func TestLogFilterLineWholeAndOneCountForm(t *testing.T) {
	form := regexp.MustCompile(`^[0-9,]+/[0-9,]+ match`)
	for _, tc := range []struct {
		w, h   int
		zoom   bool
		filter string
	}{
		{80, 24, false, "topic=fraud-scores-avro-ut25a"},
		{80, 24, true, "topic=fraud-scores-avro-ut25a"},
		{80, 24, false, "topic=fraud-scores-avro-ut25a key=settlement-batch-001-merchant-0246"},
		{200, 50, false, "topic=fraud-scores-avro-ut25a"},
		{200, 50, true, "topic=fraud-scores-avro-ut25a"},
	} {
		t.Run(shareName("", tc.w, tc.h, tc.zoom)+"/"+tc.filter, func(t *testing.T) {
			a, _ := keysApp(t, tc.w, tc.h, tc.zoom, signupRecs(0, 30))
			do(a, "6")
			filterBy(a, tc.filter)
			got := screen(a)
			var rows []string
			for _, l := range strings.Split(logBox(t, got), "\n")[1:] {
				s := strings.TrimRight(strings.Trim(ansi.Strip(l), "│"), " ")
				if strings.HasPrefix(s, "filter ") || len(rows) > 0 && !strings.Contains(s, "@") && s != "" {
					rows = append(rows, s)
				}
			}
			joined := strings.Join(rows, "")
			if strings.Contains(joined, "…") || !strings.Contains(strings.ReplaceAll(joined, " ", ""), strings.ReplaceAll(tc.filter, " ", "")) {
				t.Errorf("the filter line is not whole: %q\n%s", rows, logBox(t, got))
			}
			if st := statusOf(a, paneLog); !form.MatchString(st) {
				t.Errorf("border counts %q, want the N/M match form", st)
			}
		})
	}
}
