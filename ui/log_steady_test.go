package ui

import (
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"

	"github.com/washboard/washboard/model"
)

// signupRecs are n records of one topic keyed cust-N from offset off.
func signupRecs(off, n int) []model.Record {
	var recs []model.Record
	for i := off; i < off+n; i++ {
		recs = append(recs, model.Record{Topic: "customer-account-lifecycle-notifications-stream-production-v2", Partition: 1,
			Offset: int64(i), Time: fixedNow, Key: []byte("cust-" + strconv.Itoa(i)),
			Value: []byte(`{"event":"signup","n":` + strconv.Itoa(i) + `}`)})
	}
	return recs
}

// lineOf is the pane's row that shows at ("/1@12"), plain.
func lineOf(t *testing.T, p *LogPane, at string) string {
	t.Helper()
	for _, l := range p.Lines(false) {
		if s := ansi.Strip(l); strings.Contains(s, at+" ") {
			return s
		}
	}
	t.Fatalf("no row shows %s: %q", at, p.Lines(false))
	return ""
}

// The Log's columns hold still as records arrive: rows whose own data did
// not change keep their shape when a record with a hostile 81-character
// key (beside a 498 KB value and a binary key) arrives, and the outlier is cut in the
// middle rather than given the column (a user test of issue 14, E22: the
// key column grew 12 blank cells on every row and cut values that had
// fitted).
func TestLogColumnsHoldStillForAnOutlier(t *testing.T) {
	long := "hostile-" + strings.Repeat("k", 65) + "-key-end"
	for _, tc := range []struct {
		w, h int
		zoom bool
	}{{80, 24, false}, {80, 24, true}, {200, 50, false}, {200, 50, true}} {
		name := "log-steady-" + strconv.Itoa(tc.w) + "x" + strconv.Itoa(tc.h)
		if !tc.zoom {
			name += "-grid"
		}
		t.Run(name, func(t *testing.T) {
			a, p := keysApp(t, tc.w, tc.h, tc.zoom, signupRecs(10, 12))
			before := lineOf(t, p, "/1@20")
			writer(a.c).Fold([]model.Record{
				{Topic: "orders", Partition: 0, Offset: 5, Time: fixedNow, Key: []byte(long), Value: []byte(`{"hostile":true}`)},
				{Topic: "orders", Partition: 0, Offset: 6, Time: fixedNow, Key: []byte("cust-99"),
					Value: []byte(`{"blob":"` + strings.Repeat("x", 498_000) + `"}`)},
				{Topic: "orders", Partition: 0, Offset: 7, Time: fixedNow, Key: []byte("cust-98"), Value: []byte{0xff, 0xfe, 0x00}},
			}, fixedNow)
			a.Update(changedMsg{version: a.c.Store.Version()})
			got := screen(a)
			if after := lineOf(t, p, "/1@20"); after != before {
				t.Errorf("a row changed shape when other records arrived:\nbefore %q\nafter  %q", before, after)
			}
			if hostile := lineOf(t, p, "/0@5"); !strings.Contains(hostile, "ho…") && !strings.Contains(hostile, "hos…") {
				t.Errorf("the outlier key is not cut in the middle: %q", hostile)
			}
			assertFits(t, got, tc.w, tc.h)
			golden(t, name, logBox(t, got))
		})
	}
}

// A column widens as soon as the typical rows need it, keeps the width
// while frames within memoKeep needed it, and narrows once none has.
func TestLogMemoWidensAtOnceNarrowsLate(t *testing.T) {
	var m logMemo
	k := logMemoKey{w: 80}
	m.note(k, logWants{where: 20, key: 7, text: 30}, fixedNow)
	m.note(k, logWants{where: 20, key: 12, text: 30}, fixedNow.Add(time.Second))
	if got := m.wants(k).key; got != 12 {
		t.Fatalf("key want %d after a wider frame, want 12", got)
	}
	m.note(k, logWants{where: 20, key: 7, text: 30}, fixedNow.Add(30*time.Second))
	if got := m.wants(k).key; got != 12 {
		t.Errorf("key want %d within memoKeep, want 12 kept", got)
	}
	m.note(k, logWants{where: 20, key: 7, text: 30}, fixedNow.Add(time.Second+memoKeep+time.Second))
	if got := m.wants(k).key; got != 7 {
		t.Errorf("key want %d after memoKeep, want 7", got)
	}
	if got := m.wants(logMemoKey{w: 200}); got != (logWants{}) {
		t.Errorf("wants for another width: %+v, want none", got)
	}
}

func TestTypicalWidthLeavesOutOutliers(t *testing.T) {
	for _, tc := range []struct {
		ws   []int
		want int
	}{
		{nil, 0},
		{[]int{7}, 7},
		{[]int{7, 81}, 81},                     // two rows: nothing is typical but both
		{[]int{7, 7, 7, 7, 7, 7, 81, 81}, 7},   // two hostile keys among six
		{[]int{9, 14, 13, 9, 8, 13}, 14},       // avro-washer-01 among washer-01s
		{[]int{4, 9, 9, 4, 9, 14, 17, 21}, 21}, // spread out: all typical
		{[]int{30, 30, 30, 30, 30, 30, 30}, 30},
	} {
		if got := typicalWidth(tc.ws); got != tc.want {
			t.Errorf("typicalWidth(%v) = %d, want %d", tc.ws, got, tc.want)
		}
	}
}
