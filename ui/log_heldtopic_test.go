package ui

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/washboard/washboard/model"
)

// ut42b-7: the Log zoomed at 80x24 held its key column at 14 cells for
// `settlement-14` keys no longer on screen while every row's topic,
// `inventory-snapshots`, was cut to `inve…napshots`: a held width must
// not cut a name to keep blank cells. A minute of payments rows (long
// topics, `settlement-N` keys) and inventory rows, then only inventory
// rows (`sku-N`) for two minutes: by the end no row on screen has its
// topic cut while every row's key stands beside blank key cells.
func TestLogHeldKeyGivesWayToTopics(t *testing.T) {
	t.Parallel() // holds no shared state: its own store, app and clock
	const (
		inv  = "inventory-snapshots"
		west = "acme.payments.settlement.eu-west-1.v2"
		east = "acme.payments.settlement.us-east-1.v2"
	)
	for _, sz := range logStreamSizes {
		t.Run(shareName("", sz.w, sz.h, sz.zoom), func(t *testing.T) {
			now := fixedNow
			a, p, s := clockApp(t, sz.w, sz.h, sz.zoom, &now, model.DefaultLimits())
			rec := streamRecs(&now, 100) // from 100: no offset gains a digit
			for step := range 360 {
				now = now.Add(500 * time.Millisecond)
				var recs []model.Record
				if step < 120 {
					recs = append(recs, rec(west, step%3, []byte(fmt.Sprintf("settlement-%d", 10+step%20)), fmt.Sprintf(`{"amount":%d.5,"currency":"EUR"}`, step)),
						rec(east, step%3, []byte(fmt.Sprintf("settlement-%d", 10+step%20)), fmt.Sprintf(`{"amount":%d.5,"currency":"USD"}`, step)))
				}
				recs = append(recs, rec(inv, step%4, []byte(fmt.Sprintf("sku-%d", 20+step%20)), fmt.Sprintf(`{"sku":"sku-%d","qty":%d,"pad":"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"}`, 20+step%20, step%9)))
				writer(a.c).Fold(recs, now)
				a.Update(changedMsg{version: s.Version()})
				screen(a)
			}
			rows := keyRowsOf(p)
			if len(rows) == 0 {
				t.Fatalf("no record rows:\n%s", logBox(t, screen(a)))
			}
			least, cut := 1<<30, false
			for _, l := range p.Lines(false) {
				if f := strings.Fields(l); len(f) > 1 && strings.Contains(l, "@") && strings.Contains(strings.Join(f[:2], " "), model.Ellipsis) {
					cut = true
				}
			}
			for _, r := range rows {
				least = min(least, r.blanks)
			}
			if cut && least > 0 {
				t.Errorf("topics cut while every key stands beside %d or more blank cells:\n%s", least, logBox(t, screen(a)))
			}
		})
	}
}
