package ui

import (
	"fmt"
	"strings"
	"testing"
)

// ut21a K1-1 / K6-1: a `v` series view keyed by 40-character Kafka keys
// that differ in one digit. Zoomed, and in the 200x50 grid, the ids are
// whole (the sparklines hold a minute of a 5-minute window: their cells
// would be blank); in the 80x24 grid they read apart, the program and
// last seen giving way, rather than five rows reading `settlem…ion-key`.
func TestSeriesViewIDsWholeOrApart(t *testing.T) {
	for _, tc := range []struct {
		w, h  int
		keys  []string
		whole bool
	}{
		{80, 24, nil, false}, {80, 24, []string{"1", "z"}, false},
		{200, 50, nil, true}, {200, 50, []string{"1", "z"}, true},
	} {
		t.Run(fmt.Sprintf("%dx%d-%s", tc.w, tc.h, strings.Join(tc.keys, "")), func(t *testing.T) {
			a := keyedViewApp(t, tc.w, tc.h, func(n, sec int) []byte {
				return fmt.Appendf(nil, `{"amount":%d.5,"fee":%d,"n":%d,"state":"pending"}`, 100*n+sec, n, sec)
			})
			press(a, tc.keys...)
			got := screen(a)
			seen := map[string]bool{}
			for _, l := range strings.Split(got, "\n") {
				if i := strings.Index(l, "│set"); i >= 0 {
					seen[strings.Fields(l[i+len("│"):])[0]] = true
				}
			}
			if testing.Verbose() {
				t.Log("\n" + got)
			}
			if len(seen) != 5 {
				t.Errorf("5 different ids read as %d: %v\n%s", len(seen), keysOf(seen), got)
			}
			if tc.whole && !strings.Contains(got, "│settlement-batch-0003-reconciliation-key ") {
				t.Errorf("at %dx%d %v an id is cut:\n%s", tc.w, tc.h, tc.keys, got)
			}
		})
	}
}
