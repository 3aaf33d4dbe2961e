package ui

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// ut43a-2, ut43a-20: the 80x24 grid read worse the longer it ran: a
// `!!97.4°C` seen once kept heat's column wide for the session, so twenty
// minutes on every row had blank cells while both avro ids were cut and
// programs read `d…te`. Over simulated minutes of reports every 5 s a
// crit on a row of the page comes and goes: before it and a minute after
// it has gone the avro ids read whole (the held room lapses after a
// minute, as the Log's widths do), and the columns move only when the
// crit comes and when its held room lapses: not the frame it goes, which
// moved the columns at every crossing of a value flickering across a
// threshold (ut43a-2, TestMachinesFlickeringWarnMovesNoColumn).
func TestMachinesHeldWidthsLapse(t *testing.T) {
	ids := []string{"avro-dryer-01", "avro-washer-01", "dryer-01", "dryer-02", "dryer-03", "dryer-04",
		"washer-01", "washer-02", "washer-03", "washer-04"}
	progs := []string{"dry-delicate", "synthetics-40", "dry-high", "dry-low", "quick-15", "cotton-60"}
	const critFrom, critTo = 10, 16 // the steps a crit shows on avro-washer-01
	// the first step more than memoKeep after the crit's last
	lapse := critTo - 1 + int(memoKeep/(5*time.Second)) + 1
	a, fold := machinesEvery5s(len(ids), func(step, m int) string {
		heat := 40 + float64((step*7+m*13)%35) + 0.1*float64((step+m)%10) // 40.0 to 74.9: no marker
		power := 1100 + float64((step*37+m*91)%1600)                      // up to 2699W: no marker
		if m == 1 && step >= critFrom && step < critTo {
			heat = 97.4
		}
		return fmt.Sprintf(`{"machine_id":%q,"program":%q,"load_kg":%.1f,"heat_c":%.1f,"power_w":%.0f}`,
			ids[m], progs[m%len(progs)], 1.2+float64((m+step)%8), heat, power)
	})
	got := screen(a)
	before, last := seriesHeading(t, got), seriesHeading(t, got)
	for step := 1; step <= 48; step++ { // four minutes
		fold(step)
		got = screen(a)
		crit := strings.Contains(got, "!!97.4")
		if !crit && (step < critFrom || step >= lapse) {
			for _, id := range ids[:2] {
				if !strings.Contains(got, "│"+id+" ") {
					t.Fatalf("+%ds, no crit on screen, %s is cut:\n%s", step*5, id, got)
				}
			}
		}
		h := seriesHeading(t, got)
		if h != last && step != critFrom && step != lapse {
			t.Errorf("+%ds the columns moved with no change of content:\n%s\nto\n%s", step*5, last, h)
		}
		last = h
	}
	if last != before {
		t.Errorf("minutes after the crit the columns are not as before it:\n%s\nnow\n%s", before, last)
	}
}
