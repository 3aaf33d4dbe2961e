package ui

import (
	"strconv"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/washboard/washboard/model"
)

// With `a`, the `aborted` mark follows the value on its row: the values
// start at one cell on every row, marked or not (ut19b J6: values started
// at column 26 on committed rows and 34 on aborted ones), and no column
// of marks pads the rows without one (ut22b N2).
func TestLogValuesStartAtOneCellBesideMarks(t *testing.T) {
	var recs []model.Record
	for i := range 8 {
		recs = append(recs, model.Record{Topic: "orders", Partition: 1 + i%3, Offset: int64(i), Time: fixedNow, Aborted: i%3 == 0,
			Key: []byte("txn-order-" + strconv.Itoa(i%4) + "-" + strconv.Itoa(i%2)), Value: []byte(`{"round":` + strconv.Itoa(i) + `,"i":0}`)})
	}
	for _, tc := range shareSizes {
		name := shareName("log-aborted-column-", tc.w, tc.h, tc.zoom)
		t.Run(name, func(t *testing.T) {
			a, p := keysApp(t, tc.w, tc.h, tc.zoom, recs)
			do(a, "6", "a")
			got := screen(a)
			assertFits(t, got, tc.w, tc.h)
			starts, marked := map[int]bool{}, 0
			for _, l := range p.Lines(false) {
				s := ansi.Strip(l)
				if at := strings.Index(s, `{"round"`); at >= 0 {
					starts[ansi.StringWidth(s[:at])] = true
				}
				if strings.Contains(s, "aborted") {
					marked++
				}
			}
			if marked == 0 || len(starts) != 1 {
				t.Errorf("values start at cells %v (%d rows marked aborted), want one:\n%s", starts, marked, logBox(t, got))
			}
			golden(t, name, logBox(t, got))
		})
	}
}
