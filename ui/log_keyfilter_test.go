package ui

import (
	"fmt"
	"strings"
	"testing"

	"github.com/washboard/washboard/model"
)

// settlementRecs are merchant keys 36 cells long that differ in one
// digit past their middle (`merchant-account-0013-settlement-key`,
// `…-0003-…`), each merchant on its own partition, n records from offset
// from; merchant 13's amounts are over 1,000, the others' under.
func settlementRecs(from, n int, merchants ...int) []model.Record {
	var recs []model.Record
	for i := range n {
		m := merchants[i%len(merchants)]
		amount := 100 + i
		if m == 13 {
			amount = 1000 + i
		}
		recs = append(recs, model.Record{Topic: "acme.payments.settlement-requests.eu-west-1.v2", Partition: m % 12, Offset: int64(from + i), Time: fixedNow,
			Key: []byte(fmt.Sprintf("merchant-account-%04d-settlement-key", m)), Value: []byte(fmt.Sprintf(`{"amount":%d,"fee":10.5,"currency":"EUR"}`, amount))})
	}
	return recs
}

// ut36b-7: with a filter leaving one merchant's rows on screen, its key
// was cut in the middle, `merch…3-settlement-key`, which reads as
// merchant 0003's key as well as 0013's (held by the Log, hidden by the
// filter). A key is cut where it differs from the keys the Log holds,
// whatever the filter shows: those seen before the filter, those held
// when it is set, and those arriving hidden by it.
func TestLogFilteredKeyCutTellsItFromHiddenKeys(t *testing.T) {
	for _, sz := range logStreamSizes {
		for _, tc := range []struct {
			name        string
			first, then []int // merchants held before the filter, and arriving after it
		}{
			{"held-before", []int{3, 13, 7}, []int{13}},
			{"arriving-hidden", []int{13}, []int{3, 13, 7}},
		} {
			t.Run(shareName(tc.name+"-", sz.w, sz.h, sz.zoom), func(t *testing.T) {
				a, p := keysApp(t, sz.w, sz.h, sz.zoom, settlementRecs(0, 30, tc.first...))
				filterBy(a, "amount>1000")
				screen(a)
				writer(a.c).Fold(settlementRecs(100, 30, tc.then...), fixedNow)
				a.Update(changedMsg{version: a.c.Store.Version()})
				got := screen(a)
				rows := logRows(p)
				if len(rows) == 0 {
					t.Fatalf("no rows:\n%s", logBox(t, got))
				}
				other := "merchant-account-0003-settlement-key"
				for _, r := range rows {
					head, tail, cut := strings.Cut(r[1], "…")
					if cut && strings.HasPrefix(other, head) && strings.HasSuffix(other, tail) {
						t.Fatalf("key %q reads as %s too:\n%s", r[1], other, logBox(t, got))
					}
				}
			})
		}
	}
}
