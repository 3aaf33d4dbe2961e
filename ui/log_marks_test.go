package ui

import (
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/washboard/washboard/model"
)

const northDepot = "warehouse-inventory-adjustments-stream-from-north-depot-v2"

// n2Recs are ut22b N2's rows: orders in transactions, one aborted, the
// north depot's adjustments and settlement keys of 59 characters.
func n2Recs() []model.Record {
	var recs []model.Record
	for i := range 3 {
		recs = append(recs,
			model.Record{Topic: "orders", Partition: i, Offset: int64(i), Time: fixedNow, Aborted: i == 1,
				Key: []byte("txn-order-" + strconv.Itoa(i) + "-1"), Value: []byte(`{"round":1,"i":1}`)},
			model.Record{Topic: northDepot, Partition: 5, Offset: int64(800 + i), Time: fixedNow,
				Key: []byte("sku-2-bin-A2"), Value: []byte(`{"qty":2,"delta":-2,"n":1}`)},
			model.Record{Topic: "payments-settlement-reconciliation-v3", Partition: 2, Offset: int64(6240 + i), Time: fixedNow,
				Key: []byte(settlementKey(2 * i)), Value: []byte(`{"amount":14,"fee":3,"currency":"EUR"}`)})
	}
	return recs
}

// The `aborted` mark follows the value on its own row: a column of marks
// before the values padded every other row by 8 cells while their values
// were cut (ut22b N2, 80x24 zoomed, paused: `sku-2-bin-A2` and 21 blank
// cells beside `{"qty":2,"delta":…`).
func TestLogMarksPadNoOtherRow(t *testing.T) {
	for _, tc := range []struct {
		w, h  int
		zoom  bool
		whole []string // values every row of theirs shows whole
	}{
		{80, 24, true, []string{`{"qty":2,"delta":-2,"n":1}`, `{"round":1,"i":1}`}},
		{80, 24, false, nil},
		{200, 50, true, []string{`{"qty":2,"delta":-2,"n":1}`, `{"round":1,"i":1}`, `{"amount":14,"fee":3,"currency":"EUR"}`}},
	} {
		name := shareName("log-marks-", tc.w, tc.h, tc.zoom)
		t.Run(name, func(t *testing.T) {
			a, p := keysApp(t, tc.w, tc.h, tc.zoom, n2Recs())
			do(a, "6", "a", "space")
			got := screen(a)
			assertFits(t, got, tc.w, tc.h)
			marked := 0
			for _, l := range p.Lines(false) {
				s := strings.TrimRight(ansi.Strip(l), " ")
				if strings.HasSuffix(s, " aborted") {
					marked++
				}
				for _, v := range tc.whole {
					if strings.Contains(s, v[:8]) && !strings.Contains(s, v) {
						t.Errorf("%s cut: %q", v, s)
					}
				}
			}
			if marked != 1 {
				t.Errorf("%d rows end in the aborted mark, want 1:\n%s", marked, logBox(t, got))
			}
			if bad := widthBreaks(p); len(bad) > 0 {
				t.Errorf("%s\n%s", strings.Join(bad, "\n"), logBox(t, got))
			}
			golden(t, name, logBox(t, got))
		})
	}
}

// n16Recs are ut22b N16's rows: the north depot's adjustments before the
// cluster was replaced (offsets in the thousands), the tail's note, and
// the new life's from offset 0, enough for pages of each.
func n16Recs() []model.Record {
	rec := func(p int, off int64) model.Record {
		return model.Record{Topic: northDepot, Partition: p, Offset: off, Time: fixedNow,
			Key: []byte("sku-" + strconv.Itoa(p-3) + "-bin-A" + strconv.Itoa(p-3)), Value: []byte(`{"qty":` + strconv.Itoa(p-3) + `,"delta":-` + strconv.Itoa(p-3) + `,"n":1}`)}
	}
	var recs []model.Record
	for i := range 30 {
		recs = append(recs, rec(4+i%2, int64(2206+i)))
	}
	recs = append(recs, model.Record{Topic: northDepot, Partition: model.WholeTopic, Time: fixedNow, Restart: true,
		Note: "topic " + northDepot + " has a new topic id (deleted and recreated, or its cluster replaced): reading it again from the start"})
	for i := range 60 {
		recs = append(recs, rec(4+i%2, int64(i/2)))
	}
	return recs
}

// Paging across the rows of a topic's earlier log (the cluster replaced
// empty) does not change the columns: the topic reads the same on every
// page, and the new life's rows carry no blank cells where the mark
// would be (ut22b N16: `warehouse-…th-depot-v2/4@15` one page,
// `wareho…pot-v2/5@0` with 13 blank cells the next).
func TestLogColumnsHoldAcrossEarlierLogPages(t *testing.T) {
	for _, tc := range []struct {
		w, h int
		zoom bool
	}{{80, 24, true}, {80, 24, false}, {200, 50, true}} {
		name := shareName("log-earlier-pages-", tc.w, tc.h, tc.zoom)
		t.Run(name, func(t *testing.T) {
			a, p := keysApp(t, tc.w, tc.h, tc.zoom, n16Recs())
			do(a, "6")
			filterBy(a, "topic="+northDepot)
			do(a, "space")
			topics, starts := map[string]bool{}, map[int]bool{}
			var pages []string
			for range 8 {
				do(a, "pgup")
				s := screen(a)
				assertFits(t, s, tc.w, tc.h)
				pages = append(pages, logBox(t, s))
				for _, l := range p.Lines(false) {
					r := ansi.Strip(l)
					f := logRowsOf(r)
					if f == nil {
						continue
					}
					topics[f[0][:strings.LastIndex(f[0], "/")]] = true
					starts[strings.Index(r, `{"qty"`)] = true
				}
				if bad := widthBreaks(p); len(bad) > 0 {
					t.Errorf("%s\n%s", strings.Join(bad, "\n"), logBox(t, s))
				}
			}
			if len(topics) != 1 || len(starts) != 1 {
				t.Errorf("the topic reads %v, the values start at %v as the pages go by, want one each:\n%s",
					slices.Sorted(func(yield func(string) bool) {
						for k := range topics {
							if !yield(k) {
								return
							}
						}
					}), starts, strings.Join(pages, "\n"))
			}
			// the tail's note is a row, not a record: the matches leave it
			// out as held does (the border read `91 / 90 match`)
			if st := statusOf(a, paneLog); !strings.HasPrefix(st, "90 / 90 match") && !strings.HasPrefix(st, "90/90 match") {
				t.Errorf("status %q, want 90 / 90 match (the note not counted)", st)
			}
			golden(t, name, strings.Join(slices.Compact(pages), "\n"))
		})
	}
}

// The testers' screens of an outlier key (ut19b J3: 83 characters among
// keys of two to fourteen; ut22b N2's 84, paused): at 80x24 and 200x50,
// zoomed and in the grid, following and paused, filtered to the hostile
// topic, the rule holds (widthBreaks) and, where no value needs the
// cells, the outlier reads whole.
func TestLogOutlierKeyScreens(t *testing.T) {
	recs := oneRuleRecs()
	recs = append(recs, model.Record{Topic: hostileTopic, Partition: 0, Offset: 8, Time: fixedNow,
		Key: []byte(outlierKey + "-"), Value: []byte("v")}) // 84 characters
	for _, tc := range []struct {
		w, h int
		zoom bool
	}{{80, 24, true}, {80, 24, false}, {200, 50, true}, {200, 50, false}} {
		name := shareName("log-outlier-", tc.w, tc.h, tc.zoom)
		t.Run(name, func(t *testing.T) {
			a, p := keysApp(t, tc.w, tc.h, tc.zoom, recs)
			do(a, "6")
			var shots []string
			for _, step := range []func(){
				func() {},
				func() { do(a, "space", "pgup") },
				func() { do(a, "esc"); filterBy(a, "topic="+hostileTopic) },
				func() { do(a, "space") },
			} {
				step()
				s := screen(a)
				assertFits(t, s, tc.w, tc.h)
				if bad := widthBreaks(p); len(bad) > 0 {
					t.Errorf("%s\n%s", strings.Join(bad, "\n"), logBox(t, s))
				}
				shots = append(shots, logBox(t, s))
			}
			if tc.w == 200 && tc.zoom && !strings.Contains(shots[len(shots)-1], outlierKey+"-") {
				t.Errorf("the 84-character key is cut though no value needs the cells:\n%s", shots[len(shots)-1])
			}
			golden(t, name, strings.Join(shots, "\n"))
		})
	}
}
